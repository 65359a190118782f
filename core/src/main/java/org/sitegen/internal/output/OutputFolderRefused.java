package org.sitegen.internal.output;

import java.util.Locale;
import org.sitegen.internal.Msg;
import org.sitegen.internal.Language;
import org.sitegen.internal.ProblemTexts;

/**
 * An output folder that a build must not replace, and why, kept as problem texts ({@link Msg}) so
 * that it can be said in the clerk's language once that is known. Its own message is in English;
 * {@link #in(Locale)} gives it in another language.
 */
public final class OutputFolderRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Msg message;
    private final transient Msg hint;

    OutputFolderRefused(Msg message, Msg hint) {
        super(write(ProblemTexts.of(Locale.ENGLISH), message, hint));
        this.message = message;
        this.hint = hint;
    }

    private OutputFolderRefused(OutputFolderRefused english, ProblemTexts texts) {
        // not caused by the English one, whose words Maven would repeat after these
        super(write(texts, english.message, english.hint));
        this.message = english.message;
        this.hint = english.hint;
        setStackTrace(english.getStackTrace());
    }

    /** The same refusal, said in a language: {@code zh} or {@code en}. */
    public OutputFolderRefused in(Locale locale) {
        return new OutputFolderRefused(this, ProblemTexts.of(locale));
    }

    /** Message and hint as one sentence, the hint set off as the language sets off a hint. */
    private static String write(ProblemTexts texts, Msg message, Msg hint) {
        String h = texts.write(hint);
        if (Language.of(texts.locale()) == Language.ENGLISH) {
            return texts.write(message) + " (" + h + ")";
        }
        return texts.write(message) + "（" + h + "）";
    }
}
