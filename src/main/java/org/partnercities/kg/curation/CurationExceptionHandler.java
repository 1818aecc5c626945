package org.partnercities.kg.curation;

import java.util.Map;

import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.web.BodyTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused changes as RFC 9457 problem details that say what is wrong and where. */
@RestControllerAdvice(assignableTypes = {UpdateController.class, GraphStoreController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CurationExceptionHandler {

    @ExceptionHandler
    ProblemDetail refused(ChangeRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Change refused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail updateSyntax(UpdateController.UpdateSyntaxException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "SPARQL Update syntax error", e.getMessage());
        problem.setProperty("line", e.line);
        problem.setProperty("column", e.column);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rdfSyntax(GraphStoreController.RdfSyntaxException e) {
        String where = e.line < 0 ? "" : "line " + e.line + ", column " + e.column + ": ";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "RDF syntax error", where + e.getMessage());
        if (e.line >= 0) {
            problem.setProperty("line", e.line);
            problem.setProperty("column", e.column);
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The change breaks the shapes",
                e.violations().size() + " SHACL violation(s); nothing was changed");
        problem.setProperty("violations", e.violations().stream().map(v -> Map.of(
                "focusNode", v.focusNode(),
                "path", v.path() == null ? "" : v.path(),
                "constraint", v.constraint(),
                "message", v.message())).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
