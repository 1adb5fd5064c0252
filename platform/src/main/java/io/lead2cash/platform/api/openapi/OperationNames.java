package io.lead2cash.platform.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names an API operation as a verb on its record, from its method and path, so generated clients read as the domain
 * does: {@code GET /api/leads} is listLeads, {@code POST /api/leads/{id}/qualify} qualifyLead,
 * {@code POST /api/opportunities/{id}/lines} addOpportunityLine. An operation that reads better under another name
 * says so with {@code @Operation(operationId = ...)}.
 */
public final class OperationNames {

    private OperationNames() {
    }

    /** The derived name of {@code method path}, or null for paths outside {@code /api/}. */
    public static String of(String method, String path) {
        if (!path.startsWith("/api/")) {
            return null;
        }
        List<String> nouns = new ArrayList<>();
        String action = null;
        boolean endsWithId = false;
        String[] segments = path.substring("/api/".length()).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                endsWithId = true;
                continue;
            }
            endsWithId = false;
            boolean last = i == segments.length - 1;
            if (last && i > 0 && segments[i - 1].startsWith("{") && isAction(segment)) {
                action = camel(segment);
            } else {
                nouns.add(segment);
            }
        }
        String verb = method.toUpperCase(Locale.ROOT);
        if (action != null) {
            return action + pascal(singular(nouns));
        }
        String lastNoun = nouns.get(nouns.size() - 1);
        boolean collection = !endsWithId;
        String owner = pascal(singular(nouns.subList(0, nouns.size() - 1)));
        return switch (verb) {
            case "GET" -> collection && isPlural(lastNoun) ? "list" + owner + pascal(lastNoun)
                    : "get" + owner + pascal(collection ? lastNoun : singular(lastNoun));
            case "POST" -> (nouns.size() == 1 ? "create" : "add") + owner + pascal(singular(lastNoun));
            case "PUT" -> (collection ? "set" : "update") + owner + pascal(collection ? lastNoun : singular(lastNoun));
            case "DELETE" -> (nouns.size() == 1 ? "delete" : "remove") + owner + pascal(singular(lastNoun));
            default -> verb.toLowerCase(Locale.ROOT) + owner + pascal(lastNoun);
        };
    }

    /** An action is a verb after a record ({@code qualify}, {@code win}); sub-collections are plural nouns. */
    private static boolean isAction(String segment) {
        return !segment.endsWith("s") && !segment.contains("-");
    }

    private static boolean isPlural(String noun) {
        return noun.endsWith("s") || noun.equals("sales-literature") || noun.equals("sales-team");
    }

    private static String singular(List<String> nouns) {
        StringBuilder name = new StringBuilder();
        nouns.forEach(n -> name.append(pascal(singular(n))));
        return name.toString();
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static String camel(String words) {
        String pascal = pascal(words);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    private static String pascal(String words) {
        StringBuilder name = new StringBuilder();
        for (String word : words.split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
