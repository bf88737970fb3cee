#pragma once

#include <QByteArray>
#include <QString>

namespace jobdesk::server {

constexpr int MaxFilenameLength = 200; // UTF-16 code units

// A client's file name made safe to show and to send back in a header: path
// components (/ and \) dropped, control characters, NUL and bidi overrides
// removed, whitespace collapsed, leading and trailing dots and spaces trimmed,
// at most MaxFilenameLength code units keeping the extension, "file" when
// nothing is left. Other scripts (Khmer, ...) are kept as they are.
QString sanitizeFilename(const QString &name);

// Content-Disposition for a download of `name`: an ASCII fallback and the
// RFC 8187 UTF-8 form, e.g. attachment; filename="a_b.pdf"; filename*=UTF-8''a%E1...
QByteArray contentDisposition(const QString &name);

} // namespace jobdesk::server
