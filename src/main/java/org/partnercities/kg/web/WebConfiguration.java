package org.partnercities.kg.web;

import java.util.EnumSet;
import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

/**
 * The filters every request passes first, in this order, all ahead of Fuseki's SPARQL filter
 * ({@code HIGHEST_PRECEDENCE + 10}) and of any security filter chain: security headers, CORS,
 * parameter encoding. Tomcat's own error pages as problem details, and an Accept header read leniently.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new LenientAcceptStrategy()));
    }

    /** Also on error dispatches: an error page may start from a reset response. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return first(new SecurityHeadersFilter(), 0, DispatcherType.REQUEST, DispatcherType.ERROR);
    }

    @Bean
    FilterRegistrationBean<CrossOriginFilter> crossOriginFilter() {
        return first(new CrossOriginFilter(), 1, DispatcherType.REQUEST);
    }

    @Bean
    FilterRegistrationBean<ParameterEncodingFilter> parameterEncodingFilter() {
        return first(new ParameterEncodingFilter(), 2, DispatcherType.REQUEST);
    }

    /** Unordered, so after Spring Boot's own customizer, which installs Tomcat's HTML error report valve: ours replaces it. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves())
                if (valve instanceof ErrorReportValve)
                    host.getPipeline().removeValve(valve);
            // Named too, or the host would add Tomcat's default valve beside ours when it starts.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve());
        });
    }

    private static <F extends Filter> FilterRegistrationBean<F> first(F filter, int position, DispatcherType... types) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
        registration.setDispatcherTypes(EnumSet.copyOf(List.of(types)));
        return registration;
    }
}
