package org.partnercities.kg.curation;

import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.partnercities.kg.web.RequestBodies;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * SPARQL 1.1 Update for curators: {@code POST /update} with an {@code application/sparql-update}
 * body or an {@code update} form field. The update must name its graphs; it is applied only if
 * every source it changes still conforms to the shapes.
 */
@RestController
@Tag(name = "Curation")
class UpdateController {

    static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    private final ChangeService changes;
    private final RequestBodies bodies;

    UpdateController(ChangeService changes, RequestBodies bodies) {
        this.changes = changes;
        this.bodies = bodies;
    }

    @Operation(summary = "SPARQL 1.1 Update naming its source graphs (curators; 422 with the SHACL report if a changed source does not conform)")
    @PostMapping("/update")
    ChangeReport update(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        return changes.update(parse(text(request)));
    }

    private String text(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type != null && SPARQL_UPDATE.includes(type))
            return new String(bodies.read(request), StandardCharsets.UTF_8);
        if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
            String update = request.getParameter("update");
            if (update == null)
                throw new ChangeRefusedException("The form has no 'update' field");
            return update;
        }
        throw new HttpMediaTypeNotSupportedException(type, java.util.List.of(SPARQL_UPDATE, MediaType.APPLICATION_FORM_URLENCODED));
    }

    private static UpdateRequest parse(String text) {
        try {
            return UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new UpdateSyntaxException(e);
        }
    }

    /** The update does not parse. */
    static final class UpdateSyntaxException extends RuntimeException {
        final int line;
        final int column;

        UpdateSyntaxException(QueryParseException e) {
            super(e.getMessage(), e);
            this.line = e.getLine();
            this.column = e.getColumn();
        }
    }

}
