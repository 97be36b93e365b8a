// SPDX-License-Identifier: GPL-3.0-or-later

// Compile-time guard of the layering: core is built against QtCore alone.
#if defined(QT_GUI_LIB) || defined(QT_WIDGETS_LIB) || defined(QT_CHARTS_LIB)
#error "ordo_core must link Qt6::Core only (see style.md, 'Layers are build targets')"
#endif
