package org.partnercities.kg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.vocabulary.RDF;

/**
 * Lets a bound optional parameter drive a query. The library's queries filter by an optional
 * parameter as {@code FILTER(!BOUND(?city) || EXISTS { ?item pck:locatedIn ?city })}, which reads
 * well and works unbound, but the engine then scans every item and tests each (hundreds of ms for
 * a list of one city among thousands of organisations). With {@code ?city} bound, that filter
 * means the same as joining with {@code { SELECT DISTINCT ?item { ?item pck:locatedIn <city> } }},
 * which starts from the city's few items; so it is rewritten to that, first in the pattern. Only
 * when the value appears as a subject or object of a statement other than rdf:type (a class is
 * no better a start than the scan). A text filter, {@code EXISTS { ?item text:query (rdfs:label ?text …) }},
 * qualifies too (the value is in the property function's argument list, an rdf:first statement in
 * the syntax): the sub-select then asks the text index once, instead of once per item.
 */
final class DrivingFilters {

    private DrivingFilters() {}

    /** {@code query} (a copy already, its pattern a group) with each such filter on a bound variable made a join. */
    static Query rewrite(Query query, Map<String, Node> bindings) {
        if (!(query.getQueryPattern() instanceof ElementGroup group))
            return query;
        List<Element> drivers = new ArrayList<>();
        List<Element> kept = new ArrayList<>();
        for (Element element : group.getElements()) {
            Element driver = element instanceof ElementFilter filter ? driver(filter.getExpr(), bindings, group, filter) : null;
            if (driver == null)
                kept.add(element);
            else
                drivers.add(driver);
        }
        if (drivers.isEmpty())
            return query;
        ElementGroup pattern = new ElementGroup();
        int data = 0;
        while (data < kept.size() && kept.get(data) instanceof ElementData)
            pattern.addElement(kept.get(data++));
        drivers.forEach(pattern::addElement);
        kept.subList(data, kept.size()).forEach(pattern::addElement);
        query.setQueryPattern(pattern);
        return query;
    }

    private static Element driver(Expr expr, Map<String, Node> bindings, ElementGroup group, ElementFilter self) {
        if (!(expr instanceof E_LogicalOr or) || !(or.getArg1() instanceof E_LogicalNot not)
                || !(not.getArg() instanceof E_Bound bound) || !bound.getArg().isVariable()
                || !(or.getArg2() instanceof E_Exists exists))
            return null;
        Var var = bound.getArg().asVar();
        Node value = bindings.get(var.getVarName());
        if (value == null)
            return null;
        Element pattern = ElementTransformer.transform(exists.getElement(), new ElementTransformSubst(Map.of(var, value)));
        if (!startsFrom(pattern, value))
            return null;
        Set<Var> outer = new LinkedHashSet<>();
        for (Element e : group.getElements())
            if (e != self && !(e instanceof ElementFilter))
                outer.addAll(PatternVars.vars(e));
        Collection<Var> shared = new LinkedHashSet<>(PatternVars.vars(pattern));
        shared.retainAll(outer);
        if (shared.isEmpty())
            return null;
        Query sub = new Query();
        sub.setQuerySelectType();
        sub.setDistinct(true);
        shared.forEach(sub::addResultVar);
        sub.setQueryPattern(pattern);
        return new ElementSubQuery(sub);
    }

    private static boolean startsFrom(Element pattern, Node value) {
        boolean[] found = {false};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                for (TriplePath t : block.getPattern())
                    if ((value.equals(t.getSubject()) || value.equals(t.getObject()))
                            && !(t.isTriple() && RDF.type.asNode().equals(t.getPredicate())))
                        found[0] = true;
            }
        });
        return found[0];
    }
}
