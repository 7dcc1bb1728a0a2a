package org.universo.platformo.auth.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.auth.api.UserSummary;

/** Karaf shell commands {@code universo:users [offset] [limit]} (accounts, oldest first) and {@code universo:role}. */
@Component(service = UsersCommand.class, property = {
    "osgi.command.scope=universo",
    "osgi.command.function=users",
    "osgi.command.function=role"
})
public final class UsersCommand {
    private final UserDirectory users;
    private final AuthManager auth;

    @Activate
    public UsersCommand(@Reference UserDirectory users, @Reference AuthManager auth) {
        this.users = users;
        this.auth = auth;
    }

    /** {@code universo:role <email> add|remove <role>}: e.g. make an operator an administrator. */
    public String role(String email, String action, String role) {
        if (!"add".equals(action) && !"remove".equals(action)) {
            return "usage: universo:role <email> add|remove <role>";
        }
        return email + ": " + String.join(",", auth.changeRole(email, role, "add".equals(action)));
    }

    public String users() {
        return users(0, 50);
    }

    public String users(int offset, int limit) {
        StringBuilder sb = new StringBuilder(String.format("%-36s  %-32s  %-12s  %s%n", "ID", "EMAIL", "ROLES", "CREATED"));
        for (UserSummary u : users.list(offset, limit)) {
            sb.append(String.format("%-36s  %-32s  %-12s  %s%n", u.id(), u.email(), String.join(",", u.roles()),
                    u.createdAt()));
        }
        sb.append(String.format("%d user(s) in total%n", users.count()));
        return sb.toString();
    }
}
