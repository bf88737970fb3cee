#pragma once

#include "apiclient.h"
#include "memorycredentialstore.h"
#include "session.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace jobdesk::test {

// The app's own network stack signed in as the World's admin: what the console
// pages are given by the admin window.
struct AdminClient
{
    QNetworkAccessManager nam;
    net::MemoryCredentialStore credentials;
    net::ApiClient api{&nam};
    net::Session session{&api, &credentials};

    bool signIn(const TestServer &server)
    {
        api.setBaseUrl(server.url(QString()));
        api.setTokenSource(&session);
        QSignalSpy spy(&session, &net::Session::signedIn);
        session.signIn(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"),
                       false);
        return spy.wait(10000) && session.isAdmin();
    }
};

} // namespace jobdesk::test
