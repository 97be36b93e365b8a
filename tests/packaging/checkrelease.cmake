# SPDX-License-Identifier: GPL-3.0-or-later
# The project version and release date (top-level CMakeLists.txt) are the one source: the
# AppStream release, the newest debian/changelog entry and the newest CHANGELOG.md section
# must name the same version and day, and the metainfo must carry its licences and no
# placeholder address.
# Usage: cmake -DSOURCE_DIR=… -DVERSION=… -DDATE=YYYY-MM-DD -P checkrelease.cmake
set(_errors "")

file(READ ${SOURCE_DIR}/packaging/org.ordoplanner.Ordo.metainfo.xml _metainfo)
string(REGEX MATCH "<release version=\"([^\"]*)\" date=\"([^\"]*)\"" _m "${_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION OR NOT CMAKE_MATCH_2 STREQUAL DATE)
  string(APPEND _errors "metainfo: newest <release> is ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2}\n")
endif()
foreach(_needle "<project_license>GPL-3.0-or-later</project_license>"
                "<metadata_license>CC0-1.0</metadata_license>" "<developer id=")
  string(FIND "${_metainfo}" "${_needle}" _pos)
  if(_pos EQUAL -1)
    string(APPEND _errors "metainfo: no ${_needle}\n")
  endif()
endforeach()
string(FIND "${_metainfo}" "example.invalid" _pos)
if(NOT _pos EQUAL -1)
  string(APPEND _errors "metainfo: points at example.invalid\n")
endif()

file(STRINGS ${SOURCE_DIR}/debian/changelog _changelog)
list(GET _changelog 0 _first)
if(NOT _first MATCHES "^ordo \\(${VERSION}\\) ")
  string(APPEND _errors "debian/changelog: newest entry is '${_first}'\n")
endif()
foreach(_line IN LISTS _changelog)
  if(_line MATCHES "^ -- .*  [A-Z][a-z][a-z], ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(FIND _months ${CMAKE_MATCH_2} _month)
    math(EXPR _month "${_month} + 1")
    if(_month LESS 10)
      set(_month "0${_month}")
    endif()
    set(_day "${CMAKE_MATCH_3}-${_month}-${CMAKE_MATCH_1}")
    if(NOT _day STREQUAL DATE)
      string(APPEND _errors "debian/changelog: newest entry is dated ${_day}\n")
    endif()
    break()
  endif()
endforeach()

file(READ ${SOURCE_DIR}/CHANGELOG.md _changes)
string(REGEX MATCH "\n## \\[([^]]*)\\] - ([0-9-]*)" _m "${_changes}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION OR NOT CMAKE_MATCH_2 STREQUAL DATE)
  string(APPEND _errors "CHANGELOG.md: newest release is [${CMAKE_MATCH_1}] - ${CMAKE_MATCH_2}\n")
endif()

if(_errors)
  message(FATAL_ERROR "Release ${VERSION} of ${DATE} (CMakeLists.txt) disagrees with:\n${_errors}")
endif()
message(STATUS "version ${VERSION} of ${DATE}: metainfo, debian/changelog and CHANGELOG.md agree")
