import { render } from "@react-email/render";
import { createElement } from "react";
import { templates, type TemplateName, type TemplateProps } from "./templates";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail<N extends TemplateName>(
  template: N,
  props: TemplateProps<N>,
): Promise<RenderedEmail> {
  const definition = templates[template];
  const element = createElement(definition.component, props);
  const [html, text] = await Promise.all([
    render(element),
    render(element, {
      plainText: true,
      // html-to-text upper-cases headings by default, which reads as shouting.
      htmlToTextOptions: { selectors: [{ selector: "h1", options: { uppercase: false } }] },
    }),
  ]);
  return { subject: definition.subject(props), html, text };
}
