package org.sitegen.testing;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The extension behind {@link NeedsBrowser}. The class stays enabled so that its tests are
 * reported; each test (a parameterized test as one) is disabled with the reason, which the console
 * shows once per class, and the class's set-up and tear-down are skipped, as they would start the
 * browser.
 */
final class BrowserCondition implements ExecutionCondition, InvocationInterceptor {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> skip = Browser.skipReason();
        if (skip.isEmpty()) {
            return ConditionEvaluationResult.enabled("a browser is installed, or CI requires one");
        }
        if (context.getTestMethod().isEmpty()) {
            // the build's console shows the reason beside the count (the XML report has it per test)
            System.out.println("Skipped, each test of " + context.getDisplayName() + ": " + skip.get());
            return ConditionEvaluationResult.enabled("each test is skipped on its own: " + skip.get());
        }
        return ConditionEvaluationResult.disabled(skip.get());
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessSkipped(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        proceedUnlessSkipped(invocation);
    }

    private static void proceedUnlessSkipped(Invocation<Void> invocation) throws Throwable {
        if (Browser.skipReason().isPresent()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }
}
