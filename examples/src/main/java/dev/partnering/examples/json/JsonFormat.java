package dev.partnering.examples.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.examples.data.Abbreviation;
import dev.partnering.agreement.Agreement;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.InputProblem;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;
import dev.partnering.jackson.PartneringJsonException;
import dev.partnering.jackson.PartneringModule;
import dev.partnering.scorecard.Scorecard;

/**
 * Agreements from JSON and statements to JSON, in the format of the SDK's Jackson module
 * ({@link PartneringModule}): one {@link ObjectMapper} with that module registered and nothing
 * else, so the documents are exactly what an ERP exchanging JSON with the SDK would read and
 * write. Jackson's exceptions become {@link InputException}s naming the file, the line and the
 * JSON path of every problem; a document whose only problems are broken rules of the domain
 * becomes an {@link InvalidAgreementException} with every violation, each at the line of its field.
 * <p>
 * Documents are the module's versioned {@link PartneringDocument}s, e.g.
 * {@code {"formatVersion": 1, "agreement": {...}}}; a document that breaks a rule of the domain fails
 * with every violation and its JSON path.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonFormat implements AgreementSource {

    private static final JsonFormat STANDARD = new JsonFormat();

    private final ObjectMapper mapper;

    private JsonFormat() {
        this.mapper = PartneringJson.mapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** @return the format with the SDK's Jackson module, never null */
    public static JsonFormat standard() {
        return STANDARD;
    }

    @Override
    public Agreement read(DataFile file) throws InputException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = file.open()) {
            // the module refuses JSON null, so the document is never null
            return mapper.readValue(in, PartneringDocument.class).value(Agreement.class);
        } catch (IllegalStateException e) {
            throw new InputException(InputProblem.ofFile(file.name(), e.getMessage()));
        } catch (PartneringJsonException e) {
            throw problems(file.name(), e);
        } catch (JsonProcessingException e) {
            Optional<ValidationException> invalid = validation(e);
            if (invalid.isPresent()) {
                throw new InvalidAgreementException(file.name(), path(e), invalid.get());
            }
            throw new InputException(new InputProblem(file.name(), line(e), path(e), message(e)));
        } catch (ValidationException e) {
            throw new InvalidAgreementException(file.name(), Optional.empty(), e);
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file.name(), "cannot be read: " + InputProblem.describe(e)));
        }
    }

    /**
     * @return every problem of the document, each at its line: an {@link InvalidAgreementException}
     *         if all are broken rules of the domain, an {@link InputException} if any is a problem of
     *         the format (the rules broken are listed too)
     */
    private static InputException problems(String file, PartneringJsonException e) {
        List<InputProblem> problems = new ArrayList<>();
        boolean onlyRules = true;
        for (PartneringJsonException.Problem p : e.problems()) {
            if (p.violations().isEmpty()) {
                onlyRules = false;
                problems.add(new InputProblem(file, Math.max(0, p.location().getLineNr()), Optional.of(p.jsonPath()),
                        p.message()));
                continue;
            }
            for (Violation v : p.violations()) {
                long line = e.locationOf(v.path()).map(JsonLocation::getLineNr).orElse(0);
                problems.add(new InputProblem(file, line, Optional.of(v.path()),
                        v.rule() + (v.value() == null ? "" : " [value: " + Abbreviation.of(v.value()) + "]")));
            }
        }
        if (onlyRules) {
            return new InvalidAgreementException(file, problems, new ValidationException("Agreement in " + file,
                    e.violations()));
        }
        return new InputException(problems, false);
    }

    /**
     * Writes an agreement as the Jackson module formats it, e.g. to produce the document an ERP keeps.
     *
     * @param agreement  the agreement, not null
     * @param out  where to write, not null; left open
     * @throws IOException if writing fails
     * @throws UnsupportedOperationException if the module cannot write agreements
     */
    public void write(Agreement agreement, OutputStream out) throws IOException {
        writeValue(Objects.requireNonNull(agreement, "agreement"), out);
    }

    /**
     * Writes an incentive statement as the Jackson module formats it.
     *
     * @param statement  the statement, not null
     * @param out  where to write, not null; left open
     * @throws IOException if writing fails
     * @throws UnsupportedOperationException if the module cannot write statements
     */
    public void write(IncentiveStatement statement, OutputStream out) throws IOException {
        writeValue(Objects.requireNonNull(statement, "statement"), out);
    }

    /**
     * Writes a scorecard as the Jackson module formats it.
     *
     * @param scorecard  the scorecard, not null
     * @param out  where to write, not null; left open
     * @throws IOException if writing fails
     * @throws UnsupportedOperationException if the module cannot write scorecards
     */
    public void write(Scorecard scorecard, OutputStream out) throws IOException {
        writeValue(Objects.requireNonNull(scorecard, "scorecard"), out);
    }

    private void writeValue(Object value, OutputStream out) throws IOException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(document(value)); // all or nothing: never half a document on failure
        } catch (InvalidDefinitionException e) {
            throw new UnsupportedOperationException("this build of partnering-jackson cannot write "
                    + jsonName(value) + " as JSON yet", e);
        }
        out.write(bytes);
        out.write('\n');
        out.flush();
    }

    private static PartneringDocument document(Object value) {
        if (value instanceof Agreement a) {
            return PartneringDocument.of(a);
        }
        if (value instanceof IncentiveStatement st) {
            return PartneringDocument.of(st);
        }
        return PartneringDocument.of((Scorecard) value);
    }

    private static String jsonName(Object value) {
        for (Class<?> type : new Class<?>[] {Agreement.class, IncentiveStatement.class, Scorecard.class}) {
            if (type.isInstance(value)) {
                return type.getSimpleName();
            }
        }
        return value.getClass().getSimpleName();
    }

    private static Optional<ValidationException> validation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return Optional.of(sb.toString());
    }

    private static long line(JsonProcessingException e) {
        // the deepest parser location is where the text went wrong (a value's start is less precise)
        long line = 0;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException p && p.getLocation() != null && p.getLocation().getLineNr() > 0) {
                line = p.getLocation().getLineNr();
            }
        }
        return line;
    }

    private static String message(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        String column = l == null || l.getColumnNr() < 1 ? "" : "column " + l.getColumnNr() + ": ";
        return column + e.getOriginalMessage();
    }
}
