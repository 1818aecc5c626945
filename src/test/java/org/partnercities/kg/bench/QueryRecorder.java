package org.partnercities.kg.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@link RDFConnection} so that a benchmark can see the exact queries an
 * API request runs (bound, paged and reshaped as the application does) and then send the same
 * texts to {@code /sparql}: the API/SPARQL ratio is then the cost of the API layer alone.
 * Recording is off unless asked for; off, the wrapper only forwards.
 */
final class QueryRecorder implements BeanPostProcessor {

    private volatile List<String> recording;

    /** Starts recording the queries of the requests that follow. */
    synchronized void start() {
        recording = new ArrayList<>();
    }

    /** Stops recording; the queries sent since {@link #start()}, in order, as SPARQL text. */
    synchronized List<String> stop() {
        List<String> queries = recording;
        recording = null;
        return queries == null ? List.of() : List.copyOf(queries);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof RDFConnection connection))
            return bean;
        return Proxy.newProxyInstance(RDFConnection.class.getClassLoader(), new Class<?>[] {RDFConnection.class},
                (proxy, method, args) -> {
                    if (recording != null && method.getName().equals("query") && args != null && args.length == 1)
                        record(args[0] instanceof Query q ? q.serialize() : String.valueOf(args[0]));
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private synchronized void record(String query) {
        if (recording != null)
            recording.add(query);
    }
}
