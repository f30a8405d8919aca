package org.briefing.template;

import java.util.Objects;

/** A font the template embeds: its family name, its file in the template, weight and style. */
public record FontSpec(String family, String file, int weight, String style) {

    public FontSpec {
        Objects.requireNonNull(family, "font family");
        TemplateFiles.checkedName(file);
        weight = (weight == 0) ? 400 : weight;
        style = (style == null) ? "normal" : style;
    }
}
