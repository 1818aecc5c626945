package org.partnercities.kg.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; changes need a curator. {@code /update} (SPARQL Update), writes to
 * {@code /data} (Graph Store Protocol) and report ingestion ({@code /api/ingest}) answer 401 without credentials or with wrong ones, and 403
 * to a signed-in user who is not a curator. Metrics need a signed-in user. Stateless HTTP Basic:
 * no sessions, no cookies, so no CSRF token is needed. Response headers and CORS are set by
 * {@code org.partnercities.kg.web}, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/data").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/data").permitAll()
                        .requestMatchers("/update", "/data", "/api/ingest", "/api/ingest/**").hasRole(UserProperties.Role.CURATOR.name())
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (UserProperties.User user : properties.users()) {
            if (user.name() == null || user.name().isBlank() || user.password() == null || user.password().isBlank())
                throw new IllegalStateException("kg.security.users: every user needs a name and a password");
            String password = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
            users.add(User.withUsername(user.name()).password(password).roles(user.role().name()).build());
        }
        if (users.stream().noneMatch(u -> u.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + UserProperties.Role.CURATOR.name()))))
            log.warn("No curator is configured (kg.security.users): the data cannot be changed over HTTP");
        return new InMemoryUserDetailsManager(users);
    }
}
