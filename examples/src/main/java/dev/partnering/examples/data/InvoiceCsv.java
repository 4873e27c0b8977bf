package dev.partnering.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.money.Money;

/**
 * Reads invoices from a CSV file:
 * <pre>
 * invoice_id,date,kind,amount,currency,description
 * OC-2026-001,2026-01-31,maintenance,85000.00,SEK,Maintenance and hosting January
 * </pre>
 *
 * @since 0.1.0
 */
public final class InvoiceCsv {

    /** The columns. */
    public static final List<String> COLUMNS = List.of("invoice_id", "date", "kind", "amount", "currency", "description");

    private InvoiceCsv() {
    }

    /**
     * @param source  the file, not null
     * @return the invoices, in file order, never null
     * @throws InputException if the file is missing or malformed
     */
    public static List<Invoice> read(DataFile source) throws InputException {
        List<Invoice> invoices = new ArrayList<>();
        CsvReader.of(source, COLUMNS).read(r -> {
            String id = r.required("invoice_id");
            Optional<LocalDate> date = r.requiredDate("date");
            String kind = r.required("kind");
            Optional<BigDecimal> amount = r.decimal("amount");
            String currency = r.required("currency");
            if (r.text("amount").isEmpty()) {
                r.problem("amount", "is empty; the amount is required");
            }
            Money money = null;
            if (currency != null && amount.isPresent()) {
                try {
                    money = Money.of(amount.get(), Money.currency(currency));
                } catch (IllegalArgumentException e) {
                    r.problem("currency", e.getMessage());
                }
            }
            if (r.isValid() && date.isPresent()) {
                invoices.add(new Invoice(id, date.get(), kind, money, r.text("description").orElse("")));
            }
        });
        return invoices;
    }
}
