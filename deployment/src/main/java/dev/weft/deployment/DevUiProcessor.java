package dev.weft.deployment;

import dev.weft.runtime.devui.WeftJsonRpcService;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;

/**
 * Weft's card in the Dev UI (dev mode only): a page drawing each app's fragment graph (known at
 * build time), a page of the open sessions and a page of the {@code @Limited} lines (live, read from
 * the running app through {@link WeftJsonRpcService}).
 */
class DevUiProcessor {

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    CardPageBuildItem card(List<AppBuildItem> apps, CombinedIndexBuildItem combined) {
        List<DevUiGraph.App> graphs = apps.stream()
                .sorted(Comparator.comparing(AppBuildItem::path))
                .map(app -> DevUiGraph.of(app, combined.getIndex()))
                .toList();
        List<DeclaredGroup> groups = declaredGroups(combined);
        int fragments = graphs.stream().mapToInt(app -> app.fragments().size()).sum();

        CardPageBuildItem card = new CardPageBuildItem();
        card.addBuildTimeData("apps", graphs);
        card.addBuildTimeData("limitGroups", groups);
        card.addPage(Page.webComponentPageBuilder()
                .title("Fragment graph")
                .icon("font-awesome-solid:diagram-project")
                .componentLink("qwc-weft-graph.js")
                .staticLabel(graphs.size()
                        + (graphs.size() == 1 ? " app, " : " apps, ")
                        + fragments
                        + (fragments == 1 ? " fragment" : " fragments")));
        card.addPage(Page.webComponentPageBuilder()
                .title("Sessions")
                .icon("font-awesome-solid:window-restore")
                .componentLink("qwc-weft-sessions.js"));
        card.addPage(Page.webComponentPageBuilder()
                .title("Limits")
                .icon("font-awesome-solid:traffic-light")
                .componentLink("qwc-weft-limits.js")
                .staticLabel(String.valueOf(groups.size())));
        return card;
    }

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    JsonRPCProvidersBuildItem liveData() {
        return new JsonRPCProvidersBuildItem(WeftJsonRpcService.class);
    }

    /**
     * A {@code @Limited} group as declared in the application, with the methods that declare it.
     *
     * @param limit the group's settings (as its first declaration, by method name, has them)
     * @param methods {@code com.acme.Class#method} of each declaration, sorted
     * @param fragments whether the declarations are on fragments (else on bean methods), in order
     */
    record DeclaredGroup(DevUiGraph.Limit limit, List<String> methods, List<Boolean> fragments) {}

    private static List<DeclaredGroup> declaredGroups(CombinedIndexBuildItem combined) {
        Map<String, List<AnnotationInstance>> byGroup = new TreeMap<>();
        for (AnnotationInstance limited : combined.getIndex().getAnnotations(LimitNames.LIMITED)) {
            if (limited.target().kind() == AnnotationTarget.Kind.METHOD) {
                byGroup.computeIfAbsent(LimitDeclaration.of(limited).group(), group -> new ArrayList<>())
                        .add(limited);
            }
        }
        List<DeclaredGroup> groups = new ArrayList<>();
        byGroup.forEach((group, declarations) -> {
            declarations.sort(Comparator.comparing(a -> LimitNames.of(a.target().asMethod())));
            LimitDeclaration first = LimitDeclaration.of(declarations.get(0));
            groups.add(new DeclaredGroup(
                    new DevUiGraph.Limit(
                            group,
                            first.permits(),
                            first.queue(),
                            first.timeoutMillis().isPresent()
                                    ? DevUiGraph.shortDuration(
                                            first.timeoutMillis().getAsLong())
                                    : first.timeout(),
                            first.scope().name(),
                            first.confined()),
                    declarations.stream()
                            .map(a -> LimitNames.of(a.target().asMethod()))
                            .toList(),
                    declarations.stream()
                            .map(a -> a.target().asMethod().hasDeclaredAnnotation(LimitNames.FRAGMENT))
                            .toList()));
        });
        return groups;
    }
}
