package dev.partnering.examples.json;

import dev.partnering.agreement.Agreement;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;

/**
 * Where agreements come from. The examples read them from JSON ({@link JsonFormat}); an ERP
 * integration may implement this to build them from its own records.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AgreementSource {

    /**
     * Reads one agreement.
     *
     * @param file  the document, not null
     * @return the agreement, valid, never null
     * @throws InvalidAgreementException if the document describes an agreement that breaks a rule of the domain
     * @throws InputException if the document is missing, malformed or cannot be read as an agreement
     */
    Agreement read(DataFile file) throws InputException;
}
