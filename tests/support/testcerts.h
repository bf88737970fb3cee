#pragma once

#include <QString>

namespace jobdesk::test {

// A throwaway certificate authority and a server certificate it signed for
// 127.0.0.1 and localhost, made with the openssl command line into `dir`.
struct TestCertificates
{
    QString caFile;   // PEM certificate of the authority
    QString certFile; // PEM server certificate
    QString keyFile;  // PEM private key of the server certificate
    QString error;    // why they could not be made, empty on success

    static TestCertificates make(const QString &dir);
    bool isValid() const { return error.isEmpty(); }
};

} // namespace jobdesk::test
