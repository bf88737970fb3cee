#pragma once

#include <QString>

namespace jobdesk::net {
class RealtimeClient;
} // namespace jobdesk::net

namespace jobdesk::ui {

// What a window's status bar says about the server: offline (no network, or the
// realtime socket is down), live, or on the way back.
enum class ConnectionState
{
    Offline,
    Live,
    Reconnecting
};

ConnectionState connectionState(bool online, const net::RealtimeClient *realtime);

// The text for `state`, one of the window's own (translated) words.
QString connectionText(ConnectionState state, const QString &offline, const QString &live,
                       const QString &reconnecting);

// `text` after a dot in the state's colour: rich text for a status-bar label.
QString connectionBadge(ConnectionState state, const QString &text);

} // namespace jobdesk::ui
