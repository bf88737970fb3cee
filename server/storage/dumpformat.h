#pragma once

#include "catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

namespace jobdesk::server::dump {

// The portable dump that `jobdesk-server export` writes and `import` reads:
// JSON Lines (UTF-8, one JSON value per line), engine-neutral.
//
//   {"format":"jobdesk-dump","formatVersion":1,"schemaVersion":5,"engine":"sqlite",
//    "serverVersion":"0.1.0","exportedAt":"2026-11-02T10:00:00.000Z"}
//   {"table":"users","columns":["id","email",...],"types":["integer","text",...],"rows":2}
//   [1,"ada@example.org",...]            one array per row, in primary-key order
//   [2,"sokha@example.org",...]
//   ...                                  the next table: parents before children
//   {"end":true,"tables":22,"rows":1234}
//
// Values: null is SQL NULL (never the empty text ""); integers are JSON integers,
// exact over the whole 64-bit range (readers must not go through a double); reals
// are JSON numbers, or {"real":"NaN"|"Infinity"|"-Infinity"}; text is a JSON string;
// binary is {"base64":"..."}; booleans are true/false. The end line lets a reader
// tell a complete dump from a truncated one.

inline constexpr int FormatVersion = 1;
QString formatName(); // "jobdesk-dump"

struct Header
{
    int formatVersion = 0;
    int schemaVersion = 0;
    QString engine;
    QString serverVersion;
    QString exportedAt;
};

struct TableHeader
{
    QString table;
    QStringList columns;
    QStringList types;
    qint64 rows = 0;
};

struct Trailer
{
    qint64 tables = 0;
    qint64 rows = 0;
};

QJsonObject headerLine(const Header &header);
QJsonObject tableLine(const TableInfo &table, qint64 rows);
QJsonObject trailerLine(const Trailer &trailer);

// Each returns false with a message when the line is not what it must be.
bool parseHeader(const QJsonObject &line, Header *header, QString *error);
bool isTrailer(const QJsonObject &line);
bool parseTrailer(const QJsonObject &line, Trailer *trailer, QString *error);
bool parseTableHeader(const QJsonObject &line, TableHeader *table, QString *error);

// A value read from the database (a null QVariant, or what the Qt driver gives).
QJsonValue encodeValue(const QVariant &value);
// A dump value to bind for a column of `kind` in the target database. A null
// comes back as an invalid QVariant, which binds as SQL NULL on both engines.
bool decodeValue(const QJsonValue &value, ColumnKind kind, QVariant *out, QString *error);

} // namespace jobdesk::server::dump
