package io.lead2cash.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What processes use, from Linux's /proc: resident memory (RSS for a JVM; PSS, shared pages divided among their
 * users, for PostgreSQL, whose backends share its buffers and would be counted many times over by RSS) and CPU time.
 */
final class Processes {

    private static final double TICKS_PER_SECOND = 100;

    private Processes() {
    }

    /** CPU time (user and system) a process has used so far, in seconds; 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The PostgreSQL server's processes (postmaster and its children) for the data directory; empty if not local. */
    static List<Long> postgres(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return withChildren(postmaster);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Resident set of one process in MiB, or 0 when it is not running or /proc cannot tell. */
    static double rssMiB(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** Proportional set of the PostgreSQL server whose data directory this is (postmaster and its children), MiB. */
    static double postgresPssMiB(Path dataDirectory) {
        double total = 0;
        for (long pid : postgres(dataDirectory)) {
            double pss = field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
            total += pss > 0 ? pss : rssMiB(pid);
        }
        return total;
    }

    private static List<Long> withChildren(long parent) {
        List<Long> pids = new ArrayList<>(List.of(parent));
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                try {
                    String stat = Files.readString(Path.of("/proc", n, "stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[1]) == parent) {
                        pids.add(Long.parseLong(n));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    private static double field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
