// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinplans.h"

#include "planlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ordo {

QList<BuiltinPlan> builtinPlans()
{
    QList<BuiltinPlan> out;
    const QStringList files = QDir(u":/plans"_s).entryList({ u"*.ordo"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        const ReadResult r = readBuiltinPlan(name);
        out.append({ name, r.plan ? r.plan->name : name });
    }
    return out;
}

QByteArray builtinPlanBytes(const QString &name)
{
    if (name.isEmpty() || name.contains(u'/'))
        return {};
    QFile file(u":/plans/"_s + name + u".ordo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ReadResult readBuiltinPlan(const QString &name)
{
    const QByteArray bytes = builtinPlanBytes(name);
    if (bytes.isEmpty()) {
        ReadResult r;
        QStringList names;
        for (const QString &f : QDir(u":/plans"_s).entryList({ u"*.ordo"_s }, QDir::Files, QDir::Name))
            names << f.chopped(5);
        r.errors.append(
            { u"template"_s,
              QCoreApplication::translate("ordo::PlanIo", "no built-in plan named \"%1\" (try: %2)")
                  .arg(name, names.join(u", "_s)) });
        return r;
    }
    return parsePlan(bytes);
}

ReadResult readPlanSource(const QString &source)
{
    if (source.startsWith(u"template:"_s))
        return readBuiltinPlan(source.mid(9));
    if (source == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ReadResult r;
            r.errors.append({ u"file"_s, in.errorString() });
            return r;
        }
        // A pipe hands over what its writer has written so far: read to the end, but never
        // more than one byte past the cap, so an endless input is refused, not swallowed.
        QByteArray bytes;
        while (bytes.size() <= PlanLimits::kMaxFileBytes) {
            const QByteArray chunk = in.read(PlanLimits::kMaxFileBytes + 1 - bytes.size());
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (in.error() != QFileDevice::NoError && bytes.size() <= PlanLimits::kMaxFileBytes) {
            ReadResult r;
            r.errors.append({ u"file"_s, in.errorString() });
            return r;
        }
        return parsePlan(bytes);
    }
    return readPlanFile(source);
}

} // namespace ordo
