package org.sitegen.internal.output;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link OutputLockTest}: opens the output folder given as its argument, says
 * "locked", waits for a line on its input, then commits a one-page site saying "child" and exits.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (StagedOutput out = StagedOutput.open(Path.of(args[0]), null, List.of())) {
            out.write("index.html", "child");
            System.out.println("locked");
            System.out.flush();
            in.readLine();
            out.commit();
        }
        System.out.println("done");
        System.out.flush();
    }
}
