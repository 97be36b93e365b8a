# SPDX-License-Identifier: GPL-3.0-or-later
# Fails unless the AppStream metainfo has a <release version="VERSION">.
file(READ ${METAINFO} _text)
string(FIND "${_text}" "<release version=\"${VERSION}\"" _pos)
if(_pos EQUAL -1)
  message(FATAL_ERROR "${METAINFO} has no <release version=\"${VERSION}\">: add the release")
endif()
