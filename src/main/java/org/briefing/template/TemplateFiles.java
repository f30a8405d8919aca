package org.briefing.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a template's files are read from: a folder on disk, or the copy packaged in the
 * application. Names are relative ({@code fonts/DejaVuSans.ttf}); a name that climbs out of the
 * template ({@code ../x}, an absolute path, a symbolic link leading elsewhere) is refused, so the
 * renderer can load nothing from outside the template.
 */
public sealed interface TemplateFiles {

    /** The file's bytes. */
    byte[] read(String name);

    /** Where the template lives, for messages and the manifest. */
    String location();

    static TemplateFiles folder(Path root) {
        return new Folder(root);
    }

    static TemplateFiles classpath(String prefix) {
        return new Classpath(prefix);
    }

    /** Rejects names that could leave the template. */
    static String checkedName(String name) {
        if (name == null || name.isBlank() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            throw new IllegalArgumentException("not a template file name: " + name);
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                throw new IllegalArgumentException("not a template file name: " + name);
            }
        }
        return name;
    }

    record Folder(Path root) implements TemplateFiles {

        @Override
        public byte[] read(String name) {
            Path file = this.root.resolve(checkedName(name));
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(this.root.toRealPath())) {
                    throw new IllegalArgumentException("template file leaves the template folder: " + name);
                }
                return Files.readAllBytes(real);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot read template file " + name + " in " + this.root, ex);
            }
        }

        @Override
        public String location() {
            return this.root.toString();
        }
    }

    record Classpath(String prefix) implements TemplateFiles {

        @Override
        public byte[] read(String name) {
            String resource = this.prefix + "/" + checkedName(name);
            try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no template file " + name + " in classpath:" + this.prefix);
                }
                return in.readAllBytes();
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot read template file " + resource, ex);
            }
        }

        @Override
        public String location() {
            return "classpath:" + this.prefix;
        }

        boolean exists() {
            return TemplateFiles.class.getClassLoader().getResource(this.prefix + "/template.yaml") != null;
        }
    }
}
