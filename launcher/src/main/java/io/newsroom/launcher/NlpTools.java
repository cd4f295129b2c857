package io.newsroom.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./pipeline train …} and {@code ./pipeline eval …}: the nlp module's training and evaluation commands,
 * run in their own JVM on enrich-service's packaged class path (the exact code and model the service runs), so
 * the launcher does not carry the language models itself.
 */
final class NlpTools {

    /** Where training writes the model that the build ships inside enrich-service. */
    static final String SHIPPED_MODELS = "nlp/src/main/resources/models";

    private final Path home;

    NlpTools(Path home) {
        this.home = home;
    }

    int train(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || !args[1].equals("entities")) {
            throw new LauncherException("train takes: entities [--language ru|en] [--data DIR] [--out DIR] "
                    + "[--iterations N] [--without-devset] [--dev]");
        }
        String language = Main.stringOption(args, "--language", "ru");
        if (language.equals("en")) {
            return trainEnglish(args);
        }
        if (!language.equals("ru")) {
            throw new LauncherException("train entities --language takes ru or en");
        }
        Path data = datasets(Main.stringOption(args, "--data", null));
        Path out = home.resolve(Main.stringOption(args, "--out", SHIPPED_MODELS)).toAbsolutePath().normalize();
        List<String> jvm = new ArrayList<>(List.of("-Xmx4g"));
        Path devset = data.resolve("factrueval-2016/devset");
        if (!Arrays.asList(args).contains("--without-devset") && Files.isDirectory(devset)) {
            // the shipped model also learns the conventions it is measured by; its devset figures then come
            // from cross-validation (nlp/ENTITIES.md)
            jvm.add("-Dtrain.factrueval=" + devset);
        }
        return run(jvm, "io.newsroom.nlp.ner.TrainEntityModel", data.toString(), out.resolve("ru-entities.bin").toString(),
                Integer.toString(Main.intOption(args, "--iterations", 80)));
    }

    /**
     * The English model from {@code english-ner/} of the datasets folder: trained on all four corpora (the shipped
     * model), or with {@code --dev} without the development set and scored on it (nlp/ENGLISH.md).
     */
    private int trainEnglish(String[] args) throws IOException, InterruptedException {
        Path data = datasetsRoot(Main.stringOption(args, "--data", null)).resolve("english-ner");
        if (!Files.exists(data.resolve("uner_en_ewt.jsonl"))) {
            throw new LauncherException("English training data not found in " + data + " (english-ner/*.jsonl under "
                    + "the folder given with --data DIR or PIPELINE_DATASETS)");
        }
        Path out = home.resolve(Main.stringOption(args, "--out", SHIPPED_MODELS)).toAbsolutePath().normalize();
        for (String list : List.of("en-places.tsv", "en-first-names.tsv")) {
            if (!Files.exists(out.resolve(list))) {
                throw new LauncherException(out.resolve(list) + " is missing: copy it from " + SHIPPED_MODELS
                        + " or make it with io.newsroom.nlp.en.PlaceList or FirstNameList (nlp/ENGLISH.md)");
            }
        }
        List<String> rest = new ArrayList<>(List.of(data.toString(), out.resolve("en-entities.bin").toString(),
                Integer.toString(Main.intOption(args, "--iterations", 100))));
        if (Arrays.asList(args).contains("--dev")) {
            rest.add("--dev");
        }
        return run(List.of("-Xmx3g"), "io.newsroom.nlp.en.TrainEnglishModel", rest.toArray(String[]::new));
    }

    int eval(String[] args) throws IOException, InterruptedException {
        String what = args.length > 1 ? args[1] : "";
        switch (what) {
            case "entities" -> {
                if (args.length < 3 || args[2].startsWith("--")) {
                    throw new LauncherException("eval entities takes a folder in the factRuEval-2016 format "
                            + "(such as ../shared/datasets/factrueval-2016/devset) or a CoNLL-2003-style file "
                            + "(token per line, IOB tag last) [--model FILE] [--language xx] [--errors]");
                }
                List<String> rest = new ArrayList<>(List.of(Path.of(args[2]).toAbsolutePath().toString()));
                String model = Main.stringOption(args, "--model", null);
                if (model != null) {
                    rest.add(Path.of(model).toAbsolutePath().toString());
                }
                if (Arrays.asList(args).contains("--errors")) {
                    rest.add("--errors");
                }
                String language = Main.stringOption(args, "--language", null);
                if (language != null) {
                    rest.add("--language");
                    rest.add(language);
                }
                return run(List.of("-Xmx2g"), "io.newsroom.nlp.eval.EvalEntities", rest.toArray(String[]::new));
            }
            case "quotes" -> {
                return run(List.of("-Xmx1g"), "io.newsroom.nlp.eval.EvalQuotes",
                        Arrays.copyOfRange(args, 2, args.length));
            }
            default -> throw new LauncherException("eval takes: entities FOLDER|CONLL-FILE [--model FILE] [--language xx] "
                    + "[--errors] | quotes [FILE]");
        }
    }

    private Path datasetsRoot(String given) {
        Path data = given != null ? Path.of(given) : home.resolve(System.getenv().getOrDefault("PIPELINE_DATASETS", "../shared/datasets"));
        return data.toAbsolutePath().normalize();
    }

    private Path datasets(String given) {
        Path data = datasetsRoot(given);
        if (!Files.isDirectory(data.resolve("nerel-1.1")) || !Files.exists(data.resolve("collection5/collection5.jsonl"))) {
            throw new LauncherException("training data not found in " + data + ": it needs nerel-1.1/ and "
                    + "collection5/collection5.jsonl (give the folder with --data DIR or PIPELINE_DATASETS)");
        }
        return data;
    }

    private int run(List<String> jvm, String mainClass, String... args) throws IOException, InterruptedException {
        Path lib = home.resolve("enrich-service/target/quarkus-app/lib/main");
        if (!Files.isDirectory(lib)) {
            throw new LauncherException("enrich-service is not built (" + lib + " is missing): run ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(lib + "/*");
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(home.toFile()).inheritIO().start();
        return process.waitFor();
    }
}
