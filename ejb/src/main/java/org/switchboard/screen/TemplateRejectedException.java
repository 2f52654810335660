package org.switchboard.screen;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.switchboard.screen.template.TemplateProblem;

/** A template that cannot be saved: every problem the validator found, in words for the administrator. */
@ApplicationException(rollback = true)
public class TemplateRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public TemplateRejectedException(List<TemplateProblem> problems) {
        super("The template was not saved: " + String.join("; ", problems.stream().map(Object::toString).toList()));
        this.problems = problems.stream().map(Object::toString).toList();
    }

    public List<String> problems() {
        return problems;
    }
}
