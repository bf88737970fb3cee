#pragma once

#include <QString>
#include <QVarLengthArray>

#include <cmath>
#include <cstring>

// Builds the short English details of dispatch scoring in a stack buffer, so
// that each detail costs one allocation (the QString) however many pieces it has.
// Internal to dispatch*.cpp.
namespace jobdesk::dispatch::detail {

class Text
{
public:
    Text &operator<<(const char *latin1)
    {
        const qsizetype at = m_buf.size();
        const qsizetype n = qsizetype(std::strlen(latin1));
        m_buf.resize(at + n);
        char16_t *out = m_buf.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char16_t(static_cast<unsigned char>(latin1[i]));
        return *this;
    }
    Text &operator<<(QStringView s)
    {
        m_buf.append(s.utf16(), s.size());
        return *this;
    }
    Text &operator<<(qint64 n)
    {
        char16_t digits[24];
        int len = 0;
        const bool negative = n < 0;
        quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
        do {
            digits[len++] = char16_t(u'0' + u % 10);
            u /= 10;
        } while (u);
        if (negative)
            m_buf.append(u'-');
        while (len)
            m_buf.append(digits[--len]);
        return *this;
    }
    Text &operator<<(int n) { return *this << qint64(n); }

    // One decimal, without a trailing ".0": 4.6, 12, 0.5.
    Text &decimal1(double v)
    {
        const qint64 tenths = qint64(std::llround(v * 10));
        const qint64 abs = tenths < 0 ? -tenths : tenths;
        if (tenths < 0)
            m_buf.append(u'-');
        *this << abs / 10;
        if (abs % 10)
            *this << "." << abs % 10;
        return *this;
    }

    // A duration for people: "45 min", "3 h", "1 h 15 min", and from ten hours
    // on in tenths of an hour: "10.5 h", "168 h".
    Text &duration(qint64 minutes)
    {
        if (minutes < 60)
            return *this << minutes << " min";
        if (minutes % 60 == 0)
            return *this << minutes / 60 << " h";
        if (minutes < 600)
            return *this << minutes / 60 << " h " << minutes % 60 << " min";
        return decimal1(double(minutes) / 60) << " h";
    }

    QString toString() const
    {
        return QString(reinterpret_cast<const QChar *>(m_buf.constData()), m_buf.size());
    }

private:
    QVarLengthArray<char16_t, 128> m_buf;
};

} // namespace jobdesk::dispatch::detail
