# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the Debian package. Included at the end of the top-level
# CMakeLists.txt, after every target exists, so it can attach resources and install rules
# to them. Also hooks in the libFuzzer targets (ORDO_FUZZ).
include(GNUInstallDirs)

set(ORDO_APP_ID org.ordoplanner.Ordo)
set(ORDO_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ORDO_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/${ORDO_APP_ID}.svg)
# hicolor sizes for tools that do not render SVG (some menus, the tray, older docks).
set(ORDO_ICON_PNG_SIZES 16 22 24 32 48 64 128 256)

if(ORDO_FUZZ)
  add_subdirectory(${PROJECT_SOURCE_DIR}/fuzz ${CMAKE_BINARY_DIR}/fuzz)
endif()

# The window icon, from the same SVG the desktop uses: :/icons/org.ordoplanner.Ordo.svg
if(TARGET ordo_ui)
  qt_add_resources(ordo_ui ordo_icons
    PREFIX "/icons"
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${ORDO_ICON_SVG})
endif()

# PNG icons rendered at build time with Qt's SVG renderer: Debian's rsvg-convert and
# inkscape are not part of the build dependencies, Qt Svg already is.
qt_add_executable(ordo_svgtopng ${ORDO_PACKAGING_DIR}/svgtopng.cpp)
target_link_libraries(ordo_svgtopng PRIVATE Qt6::Gui Qt6::Svg)
set(_ordo_icon_dir ${CMAKE_BINARY_DIR}/icons)
set(_ordo_icon_pngs)
foreach(size IN LISTS ORDO_ICON_PNG_SIZES)
  list(APPEND _ordo_icon_pngs ${_ordo_icon_dir}/${size}x${size}.png)
endforeach()
add_custom_command(
  OUTPUT ${_ordo_icon_pngs}
  # Leak checking of a sanitizer build would fail the build on Qt's exit-time allocations.
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
          $<TARGET_FILE:ordo_svgtopng> ${ORDO_ICON_SVG} ${_ordo_icon_dir} ${ORDO_ICON_PNG_SIZES}
  DEPENDS ordo_svgtopng ${ORDO_ICON_SVG}
  COMMENT "Rendering the application icon to PNG"
  VERBATIM)
add_custom_target(ordo_icons_png ALL DEPENDS ${_ordo_icon_pngs})

# Install layout (prefix /usr in the package): binary (app/CMakeLists.txt), desktop entry,
# AppStream metainfo, MIME type, icons. dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme refresh the caches, so no maintainer scripts.
install(FILES ${ORDO_PACKAGING_DIR}/${ORDO_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ORDO_PACKAGING_DIR}/${ORDO_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ORDO_PACKAGING_DIR}/${ORDO_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${ORDO_APP_ID}.xml)
install(FILES ${ORDO_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS ORDO_ICON_PNG_SIZES)
  install(FILES ${_ordo_icon_dir}/${size}x${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${ORDO_APP_ID}.png)
endforeach()

# CPack: `cpack -G DEB` in a build folder gives ordo_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME ordo)
set(CPACK_PACKAGE_VENDOR "Ordo")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "Ordo maintainers <maintainers@ordoplanner.invalid>") # as debian/control
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps. It cannot see what Qt loads at run time:
# the window-system plugins (qt6-qpa-plugins), the SVG icon engine and image plugin
# (libqt6svg6) and the fonts the PDF export embeds. debian/control says the same.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme")
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the body.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Ordo places strength and cardio sessions on a week calendar and checks the
plan while you edit it: interference between cardio and lifting, crowded
heavy leg days, missing rest days and weekly load. Each finding explains why
and offers a fix. Plans are plain JSON files (.ordo); a command line checks
and exports them (PDF, iCalendar) without a display.")
# Package only the runtime: tests, fuzzers and build helpers have no install rules.
include(CPack)
