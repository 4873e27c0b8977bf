package dev.partnering.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line: the command, its options ({@code --name value} or {@code --name=value})
 * and the global {@code --debug} flag; {@code --version} alone is the command {@code version}. Unknown options, repeated options, missing values and
 * stray words are usage errors.
 */
final class Arguments {

    final String command;
    final boolean debug;
    private final Map<String, String> options;

    private Arguments(String command, boolean debug, Map<String, String> options) {
        this.command = command;
        this.debug = debug;
        this.options = options;
    }

    /** Finds the command and the debug flag; options are checked per command by {@link #options}. */
    static Arguments parse(String[] args) throws UsageException {
        boolean debug = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--debug")) {
                debug = true;
            } else if (command == null && rest.isEmpty() && !a.startsWith("-")) {
                command = a; // the first word, if it is not an option
            } else {
                rest.add(a);
            }
        }
        if (command == null && rest.stream().anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            return new Arguments("help", debug, Map.of());
        }
        if (command == null && rest.equals(List.of("--version"))) {
            return new Arguments("version", debug, Map.of());
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                options.put("help", "");
                continue;
            }
            if (!a.startsWith("--") || a.length() == 2) {
                throw new UsageException("unexpected argument '" + a + "'");
            }
            String name;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                name = a.substring(2);
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = rest.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return new Arguments(command == null ? "demo" : command, debug, options);
    }

    /** Checks that every option is one the command knows. */
    Arguments options(List<String> known) throws UsageException {
        for (String name : options.keySet()) {
            if (!name.equals("help") && !known.contains(name)) {
                throw new UsageException("command '" + command + "' has no option --" + name
                        + (known.isEmpty() ? "" : "; its options are --" + String.join(", --", known)));
            }
        }
        return this;
    }

    boolean help() {
        return options.containsKey("help");
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("command '" + command + "' needs --" + name);
        }
        return v;
    }
}
