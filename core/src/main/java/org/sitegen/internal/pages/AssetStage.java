package org.sitegen.internal.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.SourceAssets;
import org.sitegen.internal.build.Stage;
import org.sitegen.internal.output.OutputSink;

/**
 * Copies the built-in assets (stylesheet, scripts) listed in {@code assets.list}, then the site's
 * own {@code assets/} folder, which may replace a built-in file of the same name, but for the files
 * that only withheld records name ({@link org.sitegen.model.Site#withheldAssets()}). Which of the
 * site's files count is {@link SourceAssets}'s rule.
 */
public final class AssetStage implements Stage {
    static final String BUILT_IN = "/org/sitegen/assets/";

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public void run(BuildContext context, OutputSink out) throws IOException {
        SourceAssets assets = SourceAssets.of(context.site().sourceDirectory());
        write(out, assets, siteAssets(context, assets));
    }

    private static void write(OutputSink out, SourceAssets assets, List<String> own) throws IOException {
        for (String name : builtIns()) {
            if (own.contains(name)) {
                continue;
            }
            try (InputStream in = AssetStage.class.getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in asset " + name + " is listed but missing");
                }
                out.write("assets/" + name, in.readAllBytes());
            }
        }
        for (String name : own) {
            out.copy("assets/" + name, assets.file(name));
        }
    }

    /**
     * The assets as one part. Its key never changes: the assets are the files of the site's {@code
     * assets/} folder and ours, and a change to that folder remakes every part.
     */
    @Override
    public List<Part> plan(BuildContext context) throws IOException {
        SourceAssets assets = SourceAssets.of(context.site().sourceDirectory());
        List<String> own = siteAssets(context, assets);
        List<String> paths = new ArrayList<>();
        for (String name : builtIns()) {
            if (!own.contains(name)) {
                paths.add("assets/" + name);
            }
        }
        for (String name : own) {
            paths.add("assets/" + name);
        }
        return List.of(Part.files("assets", paths, "assets", out -> write(out, assets, own)));
    }

    static List<String> builtIns() throws IOException {
        try (InputStream in = AssetStage.class.getResourceAsStream(BUILT_IN + "assets.list")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }

    private static List<String> siteAssets(BuildContext context, SourceAssets assets) throws IOException {
        List<String> names = new ArrayList<>(assets
                .names(name -> context.warn("render.assetLinkOutside", "asset", name)));
        // what only withheld records link to or attach is not published (issue 15)
        names.removeIf(name -> context.site().withheldAssets().contains("assets/" + name));
        return names;
    }
}
