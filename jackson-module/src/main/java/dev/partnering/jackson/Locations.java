package dev.partnering.jackson;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where each member of a JSON tree began in the text: the line and column of every field name and
 * of every array element, recorded by {@link JsonTree} while it reads the tree, so that a problem
 * found later — even a broken domain rule found after the value was built — can be reported at the
 * line and column of the field its JSON path points at.
 * <p>
 * Costs one {@code long} per field or element and one small array per object or array. Not
 * thread-safe; part of one {@link Reading}.
 */
final class Locations {

    /** The positions of the members of one object or array, in document order. */
    static final class Members {
        private long[] at = new long[4];
        private int size;

        void add(JsonLocation l) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = pack(l);
        }

        long get(int i) {
            return i < size ? at[i] : 0L;
        }
    }

    private final Map<JsonNode, Members> members = new IdentityHashMap<>();
    private ContentReference source = ContentReference.unknown();
    private long root;

    /** Records where the value itself began. */
    void root(JsonLocation l) {
        root = pack(l);
        if (l.contentReference() != null) {
            source = l.contentReference();
        }
    }

    /** @return a new record of the members of a container just read, never null */
    Members of(JsonNode container) {
        Members m = new Members();
        members.put(container, m);
        return m;
    }

    private static long pack(JsonLocation l) {
        return ((long) Math.max(0, l.getLineNr()) << 32) | (Math.max(0, l.getColumnNr()) & 0xFFFF_FFFFL);
    }

    private JsonLocation unpack(long packed) {
        int line = (int) (packed >>> 32);
        int column = (int) packed;
        return line <= 0 ? JsonLocation.NA : new JsonLocation(source, -1L, -1L, line, column);
    }

    /**
     * Finds where the value at a JSON path began: the field name of an object member, the first
     * token of an array element. A path that leaves the tree (a missing field, a domain path that
     * names no JSON field) is located at the deepest member it does reach.
     *
     * @param tree  the tree read, not null
     * @param base  the JSON path of the tree's root, not null
     * @param path  a JSON path, e.g. {@code $.agreement.kpis[0].minimum}, not null
     * @return the location, {@link JsonLocation#NA} if nothing was recorded, never null
     */
    JsonLocation locate(JsonNode tree, String base, String path) {
        long found = root;
        if (tree == null || !path.startsWith(base)) {
            return unpack(found);
        }
        JsonNode node = tree;
        int i = base.length();
        int n = path.length();
        while (i < n && node != null) {
            char c = path.charAt(i);
            String name = null;
            int index = -1;
            if (c == '.') {
                int end = i + 1;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                name = path.substring(i + 1, end);
                i = end;
            } else if (c == '[' && i + 1 < n && path.charAt(i + 1) == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 2;
                while (j < n && path.charAt(j) != '\'') {
                    if (path.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    sb.append(path.charAt(j++));
                }
                name = sb.toString();
                i = Math.min(n, j + 2); // past "']"
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                try {
                    index = Integer.parseInt(path.substring(i + 1, end));
                } catch (NumberFormatException e) {
                    break;
                }
                i = end + 1;
            } else {
                break;
            }
            Members m = members.get(node);
            if (m == null) {
                break;
            }
            if (name != null) {
                index = indexOf(node, name);
            }
            if (index < 0 || index >= node.size()) {
                break;
            }
            long at = m.get(index);
            if (at != 0L) {
                found = at;
            }
            node = node.isObject() ? nth(node, index) : node.get(index);
        }
        return unpack(found);
    }

    private static JsonNode nth(JsonNode object, int index) {
        Iterator<JsonNode> it = object.elements();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    /** @return the index of the field, also if the path holds its name abbreviated; -1 if there is none */
    private static int indexOf(JsonNode object, String name) {
        if (!object.isObject()) {
            return -1;
        }
        boolean abbreviated = name.endsWith(" characters)");
        if (!abbreviated && !object.has(name)) {
            return -1;
        }
        int i = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); i++) {
            String f = it.next();
            if (f.equals(name) || (abbreviated && f.length() > JsonTree.ECHO_LENGTH && JsonTree.abbreviate(f).equals(name))) {
                return i;
            }
        }
        return -1;
    }
}
