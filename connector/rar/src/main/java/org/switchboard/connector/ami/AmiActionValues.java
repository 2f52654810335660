package org.switchboard.connector.ami;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.asteriskjava.manager.action.ManagerAction;

/**
 * AMI is line-based: a CR or LF inside a value would end the header and let the rest of the value be read as
 * further headers, or as a new action (a phone number such as {@code 123\r\nAction: Originate...} would make the PBX
 * dial anywhere). Every value that goes into an action is checked before it is written; asterisk-java writes them
 * as they are.
 */
public final class AmiActionValues {

    /** The getters of each action class that return what asterisk-java writes: text, collections, maps. */
    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> getters = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("get") && m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                        && (CharSequence.class.isAssignableFrom(m.getReturnType())
                                || Map.class.isAssignableFrom(m.getReturnType())
                                || Collection.class.isAssignableFrom(m.getReturnType()))) {
                    getters.add(m);
                }
            }
            return List.copyOf(getters);
        }
    };

    private AmiActionValues() {
    }

    /**
     * @throws IllegalArgumentException naming the action and the field when a value holds a CR or LF
     */
    public static void requireSingleLines(ManagerAction action) {
        for (Method getter : GETTERS.get(action.getClass())) {
            Object value;
            try {
                value = getter.invoke(action);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue; // not a property asterisk-java writes either
            }
            check(action, getter.getName().substring(3), value);
        }
    }

    /**
     * One value, for callers that build actions from their arguments.
     *
     * @return the value
     * @throws IllegalArgumentException when it holds a CR or LF
     */
    public static String singleLine(String value, String name) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(name + " must not contain a line break (CR or LF): in an AMI action it"
                    + " would start another header or action");
        }
        return value;
    }

    private static void check(ManagerAction action, String field, Object value) {
        if (value instanceof CharSequence text) {
            singleLine(text.toString(), action.getAction() + " " + field);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(action, field + " name", e.getKey());
                check(action, field + " " + e.getKey(), e.getValue());
            }
        } else if (value instanceof Collection<?> values) {
            for (Object v : values) {
                check(action, field, v);
            }
        }
    }
}
