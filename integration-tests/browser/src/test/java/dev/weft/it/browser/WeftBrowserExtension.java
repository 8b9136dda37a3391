package dev.weft.it.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the running example ({@link ExampleServer}: the one the test class names with
 * {@link UsesExample}, the dashboard by default), the shared headless Chromium ({@link Browser})
 * and a {@link Page} in a fresh browser context of its own (so a fresh Weft session). Each example
 * and Chromium start once for the whole test run and stop at its end; each
 * page's context closes after its test, and a failed test leaves a screenshot in
 * {@code target/screenshots/failed-<test>.png}.
 */
public final class WeftBrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(WeftBrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ExampleServer.class || type == Browser.class || type == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ExampleServer.class) {
            return server(context);
        }
        if (type == Browser.class) {
            return chromium(context).browser();
        }
        server(context); // a page is useless without the app: start it first, fail early
        BrowserContext browserContext = chromium(context).browser().newContext();
        context.getStore(NAMESPACE).put(BrowserContext.class, browserContext); // closed after the test
        return browserContext.newPage();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NAMESPACE).get(BrowserContext.class, BrowserContext.class);
        if (context.getExecutionException().isEmpty() || browserContext == null) {
            return;
        }
        Path shot = Paths.get(
                "target",
                "screenshots",
                "failed-" + context.getRequiredTestMethod().getName() + ".png");
        for (Page page : browserContext.pages()) {
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            } catch (RuntimeException ignored) {
                // the failure itself is what matters
            }
        }
    }

    private static ExampleServer server(ExtensionContext context) {
        UsesExample uses = context.getRequiredTestClass().getAnnotation(UsesExample.class);
        Example example = uses == null ? Example.DASHBOARD : uses.value();
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(example, key -> ExampleServer.start(example), ExampleServer.class);
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
    }
}
