// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Helpers for the widget tests: a predictable environment, and synthesized drag-and-drop
// and mouse events sent straight to a viewport (no nested drag loop, no real pointer).
namespace ordo::test {

inline void prepareGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    // As the app does at start: plural forms ("1 rest day") come from the translation.
    Translations::install(QStringLiteral("en"));
}

// Enter + move at `pos`; returns whether the move was accepted.
inline bool dragOver(QWidget *target, const QMimeData *data, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    return move.isAccepted();
}

inline bool drop(QWidget *target, const QMimeData *data, const QPoint &pos)
{
    QDropEvent event(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
    return event.isAccepted();
}

inline void mouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

// Press at `from`, move in a few steps to `to`, release there.
inline void mouseDrag(QWidget *target, const QPoint &from, const QPoint &to,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(target, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 4; ++i)
        mouse(target, QEvent::MouseMove, from + (to - from) * i / 4, Qt::LeftButton, modifiers);
    mouse(target, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

// The texts a widget paints, in painting order: the widget rendered onto a device whose
// engine only writes down each text item. Lets a test read what a custom-painted view shows
// (its day headers, say) through the real paint path.
class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(const QSize &size)
        : m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QStringList &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmNumColors:
            return INT_MAX;
        default:
            return 96; // dots per inch, physical size in mm ignored
        }
    }

private:
    struct Engine : QPaintEngine
    {
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        // The base class's two polygon functions call each other: one must be overridden.
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawPath(const QPainterPath &) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts.append(item.text()); }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
    };
    QSize m_size;
    mutable Engine m_engine;
};

inline QStringList paintedTexts(QWidget *widget)
{
    TextRecorder recorder(widget->size());
    widget->render(&recorder);
    return recorder.texts();
}

// Calls a function whenever `watched` receives an event of one type (before it is handled),
// for as long as the recorder lives.
class EventRecorder : public QObject
{
public:
    EventRecorder(QObject *watched, QEvent::Type type, std::function<void()> onEvent)
        : m_watched(watched)
        , m_type(type)
        , m_onEvent(std::move(onEvent))
    {
        m_watched->installEventFilter(this);
    }
    ~EventRecorder() override { m_watched->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == m_type)
            m_onEvent();
        return false;
    }

private:
    QObject *m_watched;
    QEvent::Type m_type;
    std::function<void()> m_onEvent;
};

// The visible button of a dialog whose text, without its mnemonic "&", is `text`.
inline QAbstractButton *dialogButton(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && QString(b->text()).remove(u'&') == text)
            return b;
    }
    return nullptr;
}

// Runs `act` on the next modal dialog (a QMessageBox or any QDialog) once its exec() shows
// it, e.g. to press one of its buttons. A dialog still open 5 s later is rejected, so a
// button that does nothing fails the test instead of hanging it. Returns a flag that is
// true once a dialog was seen.
inline std::shared_ptr<bool> whenModalShows(std::function<void(QDialog *)> act)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        QTimer::singleShot(5000, dialog, [dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        act(dialog);
    });
    timer->start();
    return seen;
}

// Presses the dialog button labelled `text` (without "&") with the mouse.
inline bool clickDialogButton(QDialog *dialog, const QString &text)
{
    QAbstractButton *button = dialogButton(dialog, text);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace ordo::test
