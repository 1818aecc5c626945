package org.partnercities.kg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.curation.ChangeReport;
import org.partnercities.kg.curation.ChangeService;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.load.ValidationException;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.web.BodyTooLargeException;
import org.partnercities.kg.web.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * Report ingestion for curators: {@code POST /api/ingest} with the report as {@code text/plain}
 * or as the {@code report} part of a {@code multipart/form-data} upload returns the draft and its
 * review (JSON, or the draft as TriG, or the review as HTML or Markdown, by {@code Accept});
 * nothing is written. {@code POST /api/ingest/accept} with a (reviewed, perhaps edited) draft as
 * {@code application/trig} loads it through the SHACL-gated change path.
 */
@RestController
@Tag(name = "Curation")
class IngestController {

    static final MediaType TRIG = MediaType.parseMediaType("application/trig");
    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown");

    private final IngestService ingester;
    private final ChangeService changes;
    private final RequestBodies bodies;

    IngestController(RDFConnection connection, QueryLibrary queries, SourceSchema schema, ChangeService changes,
                     RequestBodies bodies) {
        this.ingester = new IngestService(connection, queries, schema);
        this.changes = changes;
        this.bodies = bodies;
    }

    @Operation(summary = "Draft a report's facts for review (curators; writes nothing): JSON, or Accept application/trig, text/html, text/markdown")
    @PostMapping("/api/ingest")
    ResponseEntity<?> ingest(HttpServletRequest request,
                             @Parameter(description = "Where the report was published") @RequestParam(value = "sourceUrl", required = false) String sourceUrl,
                             @Parameter(description = "Publication date, YYYY-MM-DD") @RequestParam(value = "published", required = false) String published,
                             @Parameter(description = "Slug of the source graph (default: from the file name, or from the text's digest)") @RequestParam(value = "slug", required = false) String slug,
                             @Parameter(description = "application/json (default: draft, review and counts), application/trig (the draft), text/html or text/markdown (the review)") @RequestHeader(value = "Accept", defaultValue = "application/json") String accept)
            throws HttpMediaTypeNotSupportedException, IOException, ServletException {
        Upload upload = upload(request);
        if (sourceUrl != null && !sourceUrl.matches("https?://\\S+"))
            throw new IngestException("Bad parameter sourceUrl '" + sourceUrl + "': an http(s) address");
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IngestException("Bad parameter published '" + published + "': a date YYYY-MM-DD");
            }
        }
        String sourceSlug = slug != null ? slug : upload.name() != null ? IngestOptions.slugOf(upload.name()) : "report-" + digest(upload.bytes());
        IngestService.Result result = ingester.ingest(upload.name() != null ? upload.name() : sourceSlug + ".txt", upload.bytes(),
                new IngestOptions(sourceSlug, sourceUrl, date));
        List<MediaType> wanted = MediaType.parseMediaTypes(accept);
        wanted = new java.util.ArrayList<>(wanted);
        wanted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : wanted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON))
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result));
            if (type.isCompatibleWith(TRIG) && !type.isWildcardType())
                return text(TRIG, result.trig());
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType())
                return text(MediaType.TEXT_HTML, result.html());
            if (type.isCompatibleWith(MARKDOWN) && !type.isWildcardType())
                return text(MARKDOWN, result.markdown());
        }
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "Accept one of application/json, application/trig, text/html, text/markdown"));
    }

    @Operation(summary = "Accept a reviewed draft (curators): its source graph replaces the graph of that name if it conforms (422 with the SHACL report if not)")
    @PostMapping("/api/ingest/accept")
    ChangeReport accept(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !TRIG.includes(type))
            throw new HttpMediaTypeNotSupportedException(type, List.of(TRIG));
        String trig = new String(bodies.read(request), StandardCharsets.UTF_8);
        return changes.replace(DraftFiles.sourceGraphs("the draft", trig));
    }

    private record Upload(String name, byte[] bytes) {}

    private Upload upload(HttpServletRequest request) throws HttpMediaTypeNotSupportedException, IOException, ServletException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type != null && MediaType.TEXT_PLAIN.includes(type))
            return new Upload(null, bodies.read(request));
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            Part part = request.getPart("report");
            if (part == null)
                throw new IngestException("The upload has no 'report' part (the report file)");
            bodies.read(new SizedRequest(request, part.getSize()));
            try (InputStream in = part.getInputStream()) {
                String name = part.getSubmittedFileName();
                return new Upload(name == null || name.isBlank() ? null : name, in.readAllBytes());
            }
        }
        throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA));
    }

    /** Only to let {@link RequestBodies} apply the body limit to an uploaded part's declared size. */
    private static final class SizedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long size;

        SizedRequest(HttpServletRequest request, long size) {
            super(request);
            this.size = size;
        }

        @Override
        public long getContentLengthLong() {
            return size;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            return new jakarta.servlet.ServletInputStream() {
                public int read() {
                    return -1;
                }

                public boolean isFinished() {
                    return true;
                }

                public boolean isReady() {
                    return true;
                }

                public void setReadListener(jakarta.servlet.ReadListener listener) {}
            };
        }
    }

    private static ResponseEntity<String> text(MediaType type, String body) {
        return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8)).body(body);
    }

    private static Map<String, Object> json(IngestService.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        Draft draft = result.draft();
        json.put("source", draft.source().getURI());
        json.put("entities", draft.entities().size());
        json.put("linked", draft.entities().stream().filter(Draft.Entity::linked).count());
        json.put("facts", draft.facts().size());
        json.put("warnings", draft.warnings());
        json.put("changes", Map.of("existed", result.changes().existed(), "added", result.changes().added(),
                "removed", result.changes().removed()));
        json.put("draft", result.trig());
        json.put("review", Map.of("markdown", result.markdown(), "html", result.html()));
        return json;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badReport(IngestException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Report refused", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The draft breaks the shapes",
                e.violations().size() + " SHACL violation(s); nothing was changed");
        problem.setProperty("violations", e.violations().stream().map(v -> Map.of("focusNode", v.focusNode(),
                "path", v.path() == null ? "" : v.path(), "constraint", v.constraint(), "message", v.message())).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
