#include "connectionstate.h"

#include "realtimeclient.h"

namespace jobdesk::ui {

ConnectionState connectionState(bool online, const net::RealtimeClient *realtime)
{
    if (!online || realtime->state() == net::RealtimeClient::State::Disconnected)
        return ConnectionState::Offline;
    if (realtime->state() == net::RealtimeClient::State::Live)
        return ConnectionState::Live;
    return ConnectionState::Reconnecting;
}

QString connectionText(ConnectionState state, const QString &offline, const QString &live,
                       const QString &reconnecting)
{
    switch (state) {
    case ConnectionState::Offline:
        return offline;
    case ConnectionState::Live:
        return live;
    case ConnectionState::Reconnecting:
        break;
    }
    return reconnecting;
}

QString connectionBadge(ConnectionState state, const QString &text)
{
    QString colour;
    if (state == ConnectionState::Offline)
        colour = QStringLiteral("#8a5500");
    else if (state == ConnectionState::Live)
        colour = QStringLiteral("#1b6b3a");
    else
        colour = QStringLiteral("#4a5058");
    return QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped());
}

} // namespace jobdesk::ui
