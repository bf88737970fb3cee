#include "dumpformat.h"

#include <QByteArray>

#include <cmath>
#include <limits>

namespace jobdesk::server::dump {

namespace {

QString brief(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isObject())
        text = QStringLiteral("an object");
    else if (value.isArray())
        text = QStringLiteral("an array");
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        text = value.toVariant().toString();
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace

QString formatName()
{
    return QStringLiteral("jobdesk-dump");
}

QJsonObject headerLine(const Header &header)
{
    return {{QStringLiteral("format"), formatName()},
            {QStringLiteral("formatVersion"), header.formatVersion},
            {QStringLiteral("schemaVersion"), header.schemaVersion},
            {QStringLiteral("engine"), header.engine},
            {QStringLiteral("serverVersion"), header.serverVersion},
            {QStringLiteral("exportedAt"), header.exportedAt}};
}

QJsonObject tableLine(const TableInfo &table, qint64 rows)
{
    QJsonArray columns, types;
    for (const ColumnInfo &c : table.columns) {
        columns.append(c.name);
        types.append(columnKindName(c.kind));
    }
    return {{QStringLiteral("table"), table.name},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("types"), types},
            {QStringLiteral("rows"), rows}};
}

QJsonObject trailerLine(const Trailer &trailer)
{
    return {{QStringLiteral("end"), true},
            {QStringLiteral("tables"), trailer.tables},
            {QStringLiteral("rows"), trailer.rows}};
}

bool parseHeader(const QJsonObject &line, Header *header, QString *error)
{
    if (line.value(QStringLiteral("format")).toString() != formatName()) {
        *error = QStringLiteral("not a jobdesk-server export (its first line has no "
                                "\"format\":\"jobdesk-dump\")");
        return false;
    }
    const QJsonValue format = line.value(QStringLiteral("formatVersion"));
    const QJsonValue schema = line.value(QStringLiteral("schemaVersion"));
    if (!isWholeNumber(format) || !isWholeNumber(schema)) {
        *error = QStringLiteral("the header has no formatVersion or schemaVersion");
        return false;
    }
    header->formatVersion = int(format.toInteger());
    header->schemaVersion = int(schema.toInteger());
    header->engine = line.value(QStringLiteral("engine")).toString();
    header->serverVersion = line.value(QStringLiteral("serverVersion")).toString();
    header->exportedAt = line.value(QStringLiteral("exportedAt")).toString();
    return true;
}

bool isTrailer(const QJsonObject &line)
{
    return line.contains(QStringLiteral("end"));
}

bool parseTrailer(const QJsonObject &line, Trailer *trailer, QString *error)
{
    const QJsonValue tables = line.value(QStringLiteral("tables"));
    const QJsonValue rows = line.value(QStringLiteral("rows"));
    if (line.value(QStringLiteral("end")) != QJsonValue(true) || !isWholeNumber(tables) ||
        !isWholeNumber(rows)) {
        *error =
            QStringLiteral("a malformed end line (want {\"end\":true,\"tables\":N,\"rows\":N})");
        return false;
    }
    trailer->tables = tables.toInteger();
    trailer->rows = rows.toInteger();
    return true;
}

bool parseTableHeader(const QJsonObject &line, TableHeader *table, QString *error)
{
    const QJsonValue name = line.value(QStringLiteral("table"));
    const QJsonValue columns = line.value(QStringLiteral("columns"));
    const QJsonValue rows = line.value(QStringLiteral("rows"));
    if (!name.isString() || name.toString().isEmpty() || !columns.isArray() ||
        columns.toArray().isEmpty() || !isWholeNumber(rows) || rows.toInteger() < 0) {
        *error = QStringLiteral("a malformed table line (want {\"table\":NAME,\"columns\":[...],"
                                "\"rows\":N})");
        return false;
    }
    table->table = name.toString();
    table->columns.clear();
    for (const QJsonValue &c : columns.toArray()) {
        if (!c.isString() || c.toString().isEmpty() || table->columns.contains(c.toString())) {
            *error = QStringLiteral("table %1: a column name is empty, repeated or not text")
                         .arg(table->table);
            return false;
        }
        table->columns << c.toString();
    }
    table->types.clear();
    for (const QJsonValue &t : line.value(QStringLiteral("types")).toArray())
        table->types << t.toString();
    table->rows = rows.toInteger();
    return true;
}

QJsonValue encodeValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
        return value.toLongLong();
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        if (value.toULongLong() <= quint64(std::numeric_limits<qint64>::max()))
            return value.toLongLong();
        return value.toString(); // beyond any column type of either engine
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QJsonObject{{QStringLiteral("real"), QStringLiteral("NaN")}};
        if (std::isinf(d))
            return QJsonObject{{QStringLiteral("real"),
                                d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity")}};
        return d;
    }
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return value.toString();
    }
}

bool decodeValue(const QJsonValue &value, ColumnKind kind, QVariant *out, QString *error)
{
    const auto refuse = [&](const QString &want) {
        *error = QStringLiteral("%1 is not %2").arg(brief(value), want);
        return false;
    };
    if (value.isNull()) {
        *out = QVariant();
        return true;
    }
    if (value.isBool()) {
        if (kind == ColumnKind::Boolean)
            *out = value.toBool();
        else if (kind == ColumnKind::Integer || kind == ColumnKind::Other)
            *out = qint64(value.toBool() ? 1 : 0);
        else
            return refuse(columnKindName(kind));
        return true;
    }
    if (value.isDouble()) {
        const QVariant number = value.toVariant(); // LongLong when written as an integer
        const bool whole = number.typeId() == QMetaType::LongLong;
        switch (kind) {
        case ColumnKind::Integer:
            if (!whole)
                return refuse(QStringLiteral("an integer"));
            *out = number.toLongLong();
            return true;
        case ColumnKind::Real:
            *out = number.toDouble();
            return true;
        case ColumnKind::Boolean:
            if (!whole || (number.toLongLong() != 0 && number.toLongLong() != 1))
                return refuse(QStringLiteral("a boolean"));
            *out = number.toLongLong() != 0;
            return true;
        case ColumnKind::Blob:
            return refuse(QStringLiteral("binary"));
        case ColumnKind::Text:
        case ColumnKind::Other:
            // An engine with loose typing (SQLite) may hold a number in a text column.
            *out = whole ? QVariant(number.toLongLong()) : QVariant(number.toDouble());
            return true;
        }
    }
    if (value.isString()) {
        if (kind == ColumnKind::Integer || kind == ColumnKind::Real ||
            kind == ColumnKind::Boolean || kind == ColumnKind::Blob)
            return refuse(columnKindName(kind));
        *out = value.toString();
        return true;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.value(QStringLiteral("base64")).isString() &&
            kind != ColumnKind::Integer && kind != ColumnKind::Real &&
            kind != ColumnKind::Boolean) {
            const auto decoded = QByteArray::fromBase64Encoding(
                o.value(QStringLiteral("base64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return refuse(QStringLiteral("valid base64"));
            *out = *decoded;
            return true;
        }
        const QString special = o.value(QStringLiteral("real")).toString();
        if (o.size() == 1 && (kind == ColumnKind::Real || kind == ColumnKind::Other)) {
            if (special == QLatin1String("NaN"))
                *out = std::numeric_limits<double>::quiet_NaN();
            else if (special == QLatin1String("Infinity"))
                *out = std::numeric_limits<double>::infinity();
            else if (special == QLatin1String("-Infinity"))
                *out = -std::numeric_limits<double>::infinity();
            else
                return refuse(QStringLiteral("a value"));
            return true;
        }
    }
    return refuse(QStringLiteral("a value for a column of type ") + columnKindName(kind));
}

} // namespace jobdesk::server::dump
