package io.github.govaudit.bench;

/**
 * Options of the stand-alone site server.
 *
 * @param port 0 for any free port
 */
record ServerOptions(int pages, long seed, int port, boolean traps, int threads) {

    static final long DEFAULT_SEED = 20260512L;

    static ServerOptions parse(String[] args) {
        int pages = 3000;
        long seed = DEFAULT_SEED;
        int port = 0;
        boolean traps = true;
        int threads = BenchSiteServer.DEFAULT_THREADS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(need(args[i], value));
                case "--seed" -> seed = Long.parseLong(need(args[i], value));
                case "--port" -> port = Integer.parseInt(need(args[i], value));
                case "--threads" -> threads = Integer.parseInt(need(args[i], value));
                case "--traps" -> traps = switch (need(args[i], value)) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("--traps takes on or off");
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: --pages N --seed S --port P --traps on|off --threads T");
            }
            i++;
        }
        return new ServerOptions(pages, seed, port, traps, threads);
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
