import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Our own {@code native-image} command. GraalVM's driver is not published on Maven Central; its image builder is. This
 * launcher turns the driver options a Quarkus build passes into the builder's hosted options (keeping their origins,
 * which scope options such as {@code --link-at-build-time} to the jar that gave them), reads every class-path entry's
 * {@code META-INF/native-image} metadata as the driver does, and starts the builder JVM on this toolchain's JDK.
 *
 * <p>Only what a Quarkus build uses is translated; anything else stops the build naming the option, rather than being
 * passed on unread.
 */
public final class NativeImageLauncher {

    private static final String META_INF = "META-INF/native-image";

    /** The metadata files of META-INF/native-image, in the driver's order, and the option that loads each. */
    private static final Map<String, String> CONFIG_RESOURCE_OPTIONS = new LinkedHashMap<>();

    static {
        CONFIG_RESOURCE_OPTIONS.put("reachability-metadata.json", "ReachabilityMetadataResources");
        CONFIG_RESOURCE_OPTIONS.put("jni-config.json", "JNIConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("reflect-config.json", "ReflectionConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("resource-config.json", "ResourceConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("proxy-config.json", "DynamicProxyConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("serialization-config.json", "SerializationConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("serialization-deny-config.json", "SerializationDenyConfigurationResources");
        CONFIG_RESOURCE_OPTIONS.put("predefined-classes-config.json", "PredefinedClassesConfigurationResources");
    }

    private final Path home;
    private final List<String> javaArgs = new ArrayList<>();
    private final List<String> builderArgs = new ArrayList<>();
    private final Set<Path> classPath = new LinkedHashSet<>();
    private final List<Pattern[]> excludedConfigs = new ArrayList<>();
    private final Set<String> addedModules = new LinkedHashSet<>();
    private String imageName;
    private boolean verbose;

    private NativeImageLauncher(Path home) {
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("probation.native.home"));
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.print(Files.readString(home.resolve("lib/svm/driver/version.txt")));
            return;
        }
        NativeImageLauncher launcher = new NativeImageLauncher(home);
        List<String> arguments = List.of(args);
        launcher.registerExcludedConfigs(arguments);
        try {
            launcher.parse(arguments, "user");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(20);
        }
        System.exit(launcher.build());
    }

    /** The driver reads every --exclude-config before it reads any class-path entry's metadata. */
    private void registerExcludedConfigs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--exclude-config")) {
                excludedConfigs.add(new Pattern[] {Pattern.compile(args.get(i + 1)), Pattern.compile(args.get(i + 2))});
                i += 2;
            }
        }
    }

    private void parse(List<String> args, String origin) throws IOException {
        boolean fromProperties = !origin.equals("user");
        String api = origin + "+api";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-J")) {
                javaArgs.add(arg.substring(2));
            } else if (arg.startsWith("-D")) {
                javaArgs.add(arg);
            } else if (arg.startsWith("-H:")) {
                builderArgs.add(withOrigin(arg, origin));
            } else if (arg.startsWith("-R:")) {
                builderArgs.add(arg);
            } else if (arg.equals("-jar") && !fromProperties) {
                addJar(Path.of(args.get(++i)).toRealPath());
            } else if ((arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path"))
                    && !fromProperties) {
                for (String entry : args.get(++i).split(":")) {
                    addClassPathEntry(Path.of(entry.isEmpty() ? "." : entry).toAbsolutePath().normalize());
                }
            } else if (arg.equals("-o")) {
                builderArgs.add(withOrigin("-H:Name=" + args.get(++i), api));
            } else if (arg.equals("--exclude-config") && !fromProperties) {
                i += 2; // registered before the class path is read, see excludedConfigs
            } else if (arg.startsWith("--features=")) {
                builderArgs.add(withOrigin("-H:Features=" + value(arg), api));
            } else if (arg.startsWith("--initialize-at-run-time")) {
                builderArgs.add(withOrigin(classInitialization(arg, "run_time"), api));
            } else if (arg.startsWith("--initialize-at-build-time")) {
                builderArgs.add(withOrigin(classInitialization(arg, "build_time"), api));
            } else if (arg.equals("--no-fallback")) {
                builderArgs.add(withOrigin("-H:FallbackThreshold=0", api));
            } else if (arg.equals("--link-at-build-time") || arg.startsWith("--link-at-build-time=")) {
                builderArgs.add(withOrigin("-H:LinkAtBuildTime=" + (arg.contains("=") ? value(arg) : ""), api));
            } else if (arg.startsWith("--enable-url-protocols=")) {
                builderArgs.add(withOrigin("-H:EnableURLProtocols=" + value(arg), api));
            } else if (arg.equals("--enable-http") || arg.equals("--enable-https")) {
                builderArgs.add(withOrigin("-H:EnableURLProtocols=" + arg.substring("--enable-".length()), api));
            } else if (arg.equals("--enable-all-security-services")) {
                builderArgs.add(withOrigin("-H:+EnableAllSecurityServices", api));
            } else if (arg.startsWith("--enable-monitoring=")) {
                builderArgs.add(withOrigin("-H:EnableMonitoringFeatures=" + value(arg), api));
            } else if (arg.startsWith("--enable-native-access=")) {
                builderArgs.add(withOrigin("-H:EnableNativeAccess=" + value(arg), api));
            } else if (arg.startsWith("--add-modules=")) {
                javaArgs.add("--add-modules");
                javaArgs.add(value(arg));
                addedModules.addAll(List.of(value(arg).split(",")));
            } else if (arg.startsWith("--add-exports=") || arg.startsWith("--add-opens=")) {
                String option = arg.startsWith("--add-exports=") ? "AddExports" : "AddOpens";
                builderArgs.add(withOrigin("-H:" + option + "=" + value(arg), api));
            } else if (arg.startsWith("-march=")) {
                builderArgs.add(withOrigin("-H:MicroArchitecture=" + value(arg), api));
            } else if (arg.matches("-O[0-3sb]")) {
                builderArgs.add(withOrigin("-H:Optimize=" + arg.substring(2), api));
            } else if (arg.equals("-g")) {
                builderArgs.add(withOrigin("-H:GenerateDebugInfo=2", api));
            } else if (arg.startsWith("--gc=")) {
                builderArgs.add(withOrigin("-H:SupportedGCs=" + value(arg), api));
            } else if (arg.equals("--verbose") && !fromProperties) {
                verbose = true;
            } else if (arg.startsWith("-") || fromProperties) {
                throw new IllegalArgumentException("native-image: " + arg + " (from " + origin
                        + ") is not an option this launcher translates; add it to NativeImageLauncher");
            } else {
                imageName = arg;
            }
        }
    }

    /** The builder scopes some options by where they came from (a jar's --link-at-build-time means that jar). */
    private static String withOrigin(String option, String origin) {
        int end = option.indexOf('=');
        String name = end < 0 ? option : option.substring(0, end);
        if (name.contains("@")) {
            return option;
        }
        return name + "@" + origin + (end < 0 ? "" : option.substring(end));
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static String classInitialization(String arg, String when) {
        if (!arg.contains("=")) {
            return "-H:ClassInitialization=:" + when;
        }
        List<String> entries = new ArrayList<>();
        for (String name : value(arg).split(",")) {
            if (!name.isBlank()) {
                entries.add(name.trim() + ":" + when);
            }
        }
        return "-H:ClassInitialization=" + String.join(",", entries);
    }

    private void addJar(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        if (manifest == null || manifest.getMainAttributes().getValue("Main-Class") == null) {
            throw new IllegalArgumentException("native-image: no Main-Class in the manifest of " + jar);
        }
        String manifestOrigin = "driver"; // the builder knows user, driver, argfile: and jar:/file: origins only
        builderArgs.add(withOrigin("-H:Class=" + manifest.getMainAttributes().getValue("Main-Class"), manifestOrigin));
        String opens = manifest.getMainAttributes().getValue("Add-Opens");
        if (opens != null) {
            for (String open : opens.trim().split("\\s+")) {
                builderArgs.add(withOrigin("-H:AddOpens=" + open + "=ALL-UNNAMED", manifestOrigin));
            }
        }
        String exports = manifest.getMainAttributes().getValue("Add-Exports");
        if (exports != null) {
            for (String export : exports.trim().split("\\s+")) {
                builderArgs.add(withOrigin("-H:AddExports=" + export + "=ALL-UNNAMED", manifestOrigin));
            }
        }
        if (imageName == null) {
            String fileName = jar.getFileName().toString();
            imageName = fileName.endsWith(".jar") ? fileName.substring(0, fileName.length() - 4) : fileName;
        }
        addClassPathEntry(jar);
    }

    /** As the driver: the entry, then its manifest's Class-Path (each read the same way), then its own metadata. */
    private void addClassPathEntry(Path entry) throws IOException {
        if (!classPath.add(entry)) {
            return;
        }
        if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                Manifest manifest = jar.getManifest();
                String entries = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (entries != null) {
                    for (String dependency : entries.trim().split(" +")) {
                        Path path = entry.getParent().resolve(dependency).normalize();
                        if (Files.exists(path)) {
                            addClassPathEntry(path.toRealPath());
                        }
                    }
                }
            }
            try (var fileSystem = FileSystems.newFileSystem(entry)) {
                readMetadata(entry, fileSystem.getPath("/"));
            }
        } else if (Files.isDirectory(entry)) {
            readMetadata(entry, entry);
        }
    }

    private void readMetadata(Path entry, Path root) throws IOException {
        Path base = root.resolve(META_INF);
        if (!Files.isDirectory(base)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !excluded(entry, file)).toList();
        }
        for (Path file : files) {
            if (file.getFileName().toString().equals("native-image.properties")) {
                readProperties(root, file);
            }
        }
        for (Map.Entry<String, String> type : CONFIG_RESOURCE_OPTIONS.entrySet()) {
            for (Path file : files) {
                if (file.getFileName().toString().equals(type.getKey())) {
                    String resource = root.relativize(file).toString();
                    builderArgs.add(withOrigin("-H:" + type.getValue() + "=" + resource, file.toUri() + "+api"));
                }
            }
        }
    }

    private boolean excluded(Path entry, Path file) {
        for (Pattern[] excluded : excludedConfigs) {
            if (excluded[0].matcher(entry.toString()).find() && excluded[1].matcher(file.toString()).find()) {
                return true;
            }
        }
        return false;
    }

    private void readProperties(Path root, Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String componentDirectory = root.relativize(file.getParent()).toString();
        String args = properties.getProperty("Args");
        if (args != null && !args.isBlank()) {
            parse(List.of(resolve(args, componentDirectory).trim().split("\\s+")), file.toUri().toString());
        }
        String jvmArgs = properties.getProperty("JavaArgs");
        if (jvmArgs != null && !jvmArgs.isBlank()) {
            javaArgs.addAll(List.of(resolve(jvmArgs, componentDirectory).trim().split("\\s+")));
        }
        String name = properties.getProperty("ImageName");
        if (name != null) {
            builderArgs.add(withOrigin("-H:Name=" + resolve(name, componentDirectory), file.toUri().toString()));
        }
    }

    private String resolve(String value, String componentDirectory) {
        String resolved = value.replace("${.}", componentDirectory).replace("${java.home}", home.toString());
        if (resolved.contains("${")) {
            throw new IllegalArgumentException("native-image: no value for a placeholder in " + value);
        }
        return resolved;
    }

    private int build() throws IOException, InterruptedException {
        Path driver = home.resolve("lib/svm/driver");
        Path work = Files.createTempDirectory("native-image-");

        List<String> jvm = new ArrayList<>(Files.readAllLines(driver.resolve("builder-jvm.args")));
        jvm.add("-XX:MaxRAMPercentage=" + builderMemoryPercentage());
        jvm.addAll(javaArgs);
        if (!addedModules.isEmpty()) {
            jvm.add("-Dsvm.modulesupport.addedModules=" + String.join(",", addedModules));
        }
        jvm.add("--module");
        jvm.add("org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner");
        // the builder stops when this file goes away, i.e. when this launcher is killed
        jvm.add("-keepalive");
        jvm.add("/proc/" + ProcessHandle.current().pid() + "/comm");
        Path jvmArgsFile = work.resolve("vminvocation.args");
        Files.write(jvmArgsFile, jvm.stream().map(NativeImageLauncher::quoted).toList());

        List<String> image = new ArrayList<>();
        image.add("-imagecp");
        image.add(String.join(":", classPath.stream().map(Path::toString).toList()));
        image.add("-H:CLibraryPath=" + home.resolve("lib/svm/clibraries/linux-amd64"));
        image.add(withOrigin("-H:Path=" + Path.of("").toAbsolutePath(), "driver"));
        image.addAll(builderArgs);
        if (imageName != null) {
            image.add(withOrigin("-H:Name=" + imageName, "driver"));
        }
        image.add(withOrigin("-H:ImageBuildID=" + UUID.nameUUIDFromBytes(String.join(" ", image).getBytes()), "driver"));
        Path imageArgsFile = work.resolve("native-image.args");
        Files.writeString(imageArgsFile, String.join("\0", image));

        List<String> command = List.of(home.resolve("bin/java").toString(), "@" + jvmArgsFile,
                "--image-args-file=" + imageArgsFile);
        if (verbose) {
            System.out.println("native-image: " + String.join(" ", command) + "\n  " + String.join("\n  ", jvm)
                    + "\n  " + String.join("\n  ", image));
        }
        ProcessBuilder process = new ProcessBuilder(command).inheritIO();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH")) {
            process.environment().remove(variable);
        }
        int exit = process.start().waitFor();
        if (exit == 0) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } else {
            System.err.println("native-image: the builder failed with exit status " + exit + "; its arguments are in "
                    + work);
        }
        return exit;
    }

    /** As the driver: the builder may take what is free now, at most 32 GB. */
    private static double builderMemoryPercentage() throws IOException {
        long total = 0;
        long available = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("MemTotal:")) {
                total = Long.parseLong(parts[1]);
            } else if (parts[0].equals("MemAvailable:")) {
                available = Long.parseLong(parts[1]);
            }
        }
        if (total == 0 || available == 0 || available > total) {
            return 80.0;
        }
        return Math.min(available, 32_000_000_000L / 1024) * 100.0 / total;
    }

    /** One argument in a java @-file: quoted, so spaces and backslashes survive. */
    private static String quoted(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
