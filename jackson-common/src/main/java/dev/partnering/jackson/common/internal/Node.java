package dev.partnering.jackson.common.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the SDK being read, or read inside one: where it began and under which field name
 * and index, so that a broken rule found when its holder is built can be located at the value it
 * names. Kept only below values with rules (not below a document), and only while read.
 *
 * @param <L>  the location type of the Jackson line
 */
public final class Node<L> {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)\\])?");

    private final String name;
    private final int index;
    private final L start;
    private final boolean keeps;
    private List<Node<L>> children;
    private String what;
    /** Where each field of the value that is not one of its properties was met, null for none. */
    private java.util.Map<String, Met<L>> met;

    private Node(String name, int index, L start, boolean keeps) {
        this.name = name;
        this.index = index;
        this.start = start;
        this.keeps = keeps;
    }

    /**
     * @param <L>  the location type
     * @param parent  the value being read that holds this one, null for none
     * @param name  the field name the value is under (an array's, for an element), null for none
     * @param index  the element's index in its array, -1 for a field's value
     * @param start  where the value began, not null
     * @param keeps  false for a value whose children need not be remembered (a document)
     * @return a node for the value, added below {@code parent} if that keeps its children
     */
    public static <L> Node<L> enter(Node<L> parent, String name, int index, L start, boolean keeps) {
        Node<L> n = new Node<>(name, index, start, keeps);
        if (parent != null && parent.keeps) {
            if (parent.children == null) {
                parent.children = new ArrayList<>();
            }
            parent.children.add(n);
        }
        return n;
    }

    /**
     * @param domainPath  a violation's domain path relative to this value, e.g. {@code parties[2].id}, not null
     * @return where the innermost value on the path began (this value's start if the path names no child)
     */
    public L locate(String domainPath) {
        Node<L> at = this;
        Matcher m = SEGMENT.matcher(domainPath);
        while (m.find()) {
            String segment = m.group(1);
            int i = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            Node<L> next = null;
            if (at.children != null) {
                for (Node<L> c : at.children) {
                    if (segment.equals(c.name) && c.index == i) {
                        next = c;
                    }
                }
            }
            if (next == null) {
                break;
            }
            at = next;
        }
        return at.start;
    }

    /** @return the name of the value's type, e.g. {@code SurveyResponse}, null if not set */
    public String what() {
        return what;
    }

    /** @param what  the name of the value's type, e.g. {@code SurveyResponse} */
    public void what(String what) {
        this.what = what;
    }

    /**
     * Notes where a field that is not one of the value's properties was met: a value made by its
     * creator has Jackson replay such fields after the value is built, from a buffer where their
     * place in the input is lost.
     *
     * @param field  the field's name, not null
     * @param path  the field's JSON path, not null
     * @param at  where the field is, not null
     * @param fields  the value's fields as a problem lists them, not null
     */
    public void met(String field, String path, L at, String fields) {
        if (met == null) {
            met = new java.util.HashMap<>();
        }
        met.putIfAbsent(field, new Met<>(path, at, fields));
    }

    /**
     * @param field  a field's name, not null
     * @return where the field was {@linkplain #met met}, or null
     */
    public Met<L> met(String field) {
        return met == null ? null : met.get(field);
    }

    /**
     * Where a field was met.
     *
     * @param <L>  the location type
     * @param path  the field's JSON path
     * @param at  where the field is
     * @param fields  the value's fields as a problem lists them, not null
     */
    public record Met<L>(String path, L at, String fields) {
    }
}
