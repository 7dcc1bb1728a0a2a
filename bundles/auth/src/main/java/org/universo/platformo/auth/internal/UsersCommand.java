package org.universo.platformo.auth.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.auth.api.UserSummary;

/** Karaf shell command {@code universo:users [offset] [limit]}: accounts, oldest first. */
@Component(service = UsersCommand.class, property = {
    "osgi.command.scope=universo",
    "osgi.command.function=users"
})
public final class UsersCommand {
    private final UserDirectory users;

    @Activate
    public UsersCommand(@Reference UserDirectory users) {
        this.users = users;
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
