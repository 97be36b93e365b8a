// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionmenu.h"

#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"

#include <QActionGroup>

namespace ordo {

SessionMenu::SessionMenu(Document *document, const QStringList &ids, const QString &clickedId,
                         QWidget *parent)
    : QMenu(parent)
{
    const Session *session = document->plan().find(clickedId);
    if (!session)
        return;
    addAction(tr("&Edit…"), QKeySequence(Qt::Key_Return), this, [this] { emit editRequested(); });
    addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
              [document, ids] { document->apply(SessionEdits::duplicate(document->plan(), ids)); });
    addAction(tr("&Delete"), QKeySequence::Delete, this,
              [document, ids] { document->apply(SessionEdits::remove(document->plan(), ids)); });
    QMenu *intensity = addMenu(tr("&Intensity"));
    // One choice of several: radio items, exactly one checked (the clicked session's).
    auto *choices = new QActionGroup(intensity);
    choices->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    if (session->kind == Kind::Cardio) {
        for (Intensity i : { Intensity::Easy, Intensity::Moderate, Intensity::Hiit }) {
            QAction *a = intensity->addAction(displayName(i), this, [document, ids, i] {
                document->apply(SessionEdits::setIntensity(document->plan(), ids, i));
            });
            a->setCheckable(true);
            a->setChecked(session->intensity == i);
            choices->addAction(a);
        }
    } else if (session->kind == Kind::Strength) {
        for (Load l : { Load::Light, Load::Moderate, Load::Heavy }) {
            QAction *a = intensity->addAction(displayName(l), this, [document, ids, l] {
                document->apply(SessionEdits::setLoad(document->plan(), ids, l));
            });
            a->setCheckable(true);
            a->setChecked(session->load == l);
            choices->addAction(a);
        }
    } else {
        intensity->setEnabled(false);
    }
    // Life happened (docs/plan-format.md, "Session"): M toggles it in the week view too.
    QAction *missed = addAction(tr("&Missed"), QKeySequence(Qt::Key_M), this, [document, ids] {
        document->apply(SessionEdits::toggleMissed(document->plan(), ids));
    });
    missed->setCheckable(true);
    missed->setChecked(session->missed);
    QMenu *priority = addMenu(tr("&Priority"));
    auto *priorities = new QActionGroup(priority);
    priorities->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    for (Priority p : { Priority::Key, Priority::Normal, Priority::Optional }) {
        QAction *a = priority->addAction(displayName(p), this, [document, ids, p] {
            document->apply(SessionEdits::setPriority(document->plan(), ids, p));
        });
        a->setCheckable(true);
        a->setChecked(session->priority == p);
        priorities->addAction(a);
    }
    QAction *swap = addAction(tr("&Swap order with adjacent session"), this, [document, clickedId] {
        document->apply(SessionEdits::swapWithAdjacent(document->plan(), clickedId));
    });
    swap->setEnabled(!SessionEdits::swapWithAdjacent(document->plan(), clickedId).isEmpty());
}

} // namespace ordo
