package dev.leadkit.schema;

import dev.leadkit.model.internal.FieldNames;
import java.util.Comparator;
import java.util.List;

/** Orders violations as the documented lead is written: by field, then code, then message. */
final class ViolationOrder {
    static final Comparator<Violation> COMPARATOR = Comparator.comparing(Violation::pointer, ViolationOrder::compare)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message);

    private ViolationOrder() {
    }

    private static int compare(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 1; i < Math.min(x.length, y.length); i++) {
            List<String> names = i == 1 ? FieldNames.LEAD : i == 2 && x[1].equals("UserDetails")
                    ? FieldNames.USER_DETAILS : List.of();
            int byRank = Integer.compare(rank(names, x[i]), rank(names, y[i]));
            int c = byRank != 0 ? byRank : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(List<String> names, String segment) {
        int index = names.indexOf(segment);
        return index < 0 ? names.size() : index;
    }
}
