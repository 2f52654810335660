/**
 * Screen templates: which panels and fields an agent's screen pop shows, their labels and configuration
 * variables, as plain immutable data ({@link org.switchboard.screen.template.ScreenTemplate}).
 *
 * <p>Why data and not pages: a tenant or agent group changes its screen in the console, without a release; the
 * pop is drawn by a small set of field components ({@link org.switchboard.screen.template.FieldComponent}) from
 * the template. The template is stored as JSON ({@link org.switchboard.screen.template.TemplateCodec}), checked by
 * {@link org.switchboard.screen.template.TemplateValidator} before it is saved, kept in a short
 * {@link org.switchboard.screen.template.TemplateHistory}, and chosen per call by
 * {@link org.switchboard.screen.template.TemplateResolver} (group, then tenant, then
 * {@link org.switchboard.screen.template.ScreenTemplate#DEFAULT}).
 *
 * <p>Everything in a template is text written by an administrator: labels and greeting are shown as plain text,
 * never as markup, and placeholders are only filled in, never evaluated.
 */
package org.switchboard.screen.template;
