# Installed files and CPack: .deb and .rpm per component (the desktop app
# `jobdesk`, the server `jobdesk-server`) and one .tar.gz of everything.
# Windows (NSIS/WiX) and macOS (DragNDrop) settings are here too; they cannot be
# built on this Linux machine, see packaging/README.md.
include(GNUInstallDirs)

set(JOBDESK_APP_ID "app.jobdesk.Jobdesk")
set(_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(_res "${PROJECT_SOURCE_DIR}/resources")

# Documentation every package carries (Debian wants copyright and a changelog).
function(jobdesk_install_package_docs component package)
    set(dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/${package}")
    install(FILES "${_pkg}/debian/copyright" DESTINATION "${dir}" COMPONENT ${component})
    set(gz "${CMAKE_CURRENT_BINARY_DIR}/packaging/${package}/changelog.gz")
    file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/packaging/${package}")
    # gzip -n: no name or time stamp, so the package is reproducible.
    execute_process(COMMAND gzip -9nc "${_pkg}/debian/changelog" OUTPUT_FILE "${gz}")
    if(NOT WIN32 AND NOT APPLE)
        install(FILES "${gz}" DESTINATION "${dir}" RENAME changelog.gz
                COMPONENT ${component})
    endif()
endfunction()

# A gzipped man page for `name`.1.
function(jobdesk_install_man_page component name)
    set(gz "${CMAKE_CURRENT_BINARY_DIR}/packaging/${name}.1.gz")
    file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/packaging")
    execute_process(COMMAND gzip -9nc "${_pkg}/man/${name}.1" OUTPUT_FILE "${gz}")
    install(FILES "${gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${component})
endfunction()

if(JOBDESK_BUILD_CLIENT AND NOT WIN32 AND NOT APPLE)
    install(FILES "${_res}/desktop/${JOBDESK_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications" COMPONENT client)
    install(FILES "${_res}/desktop/${JOBDESK_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT client)
    install(DIRECTORY "${_res}/icons/hicolor"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons" COMPONENT client)
    jobdesk_install_man_page(client jobdesk)
    jobdesk_install_package_docs(client jobdesk)
endif()

if(NOT WIN32 AND NOT APPLE)
    install(FILES "${_pkg}/systemd/jobdesk-server.service"
            DESTINATION "lib/systemd/system" COMPONENT server)
    install(FILES "${_pkg}/etc/server.conf"
            DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/jobdesk" COMPONENT server)
    install(FILES "${PROJECT_SOURCE_DIR}/docs/operations.md"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/jobdesk-server" COMPONENT server)
    jobdesk_install_man_page(server jobdesk-server)
    jobdesk_install_package_docs(server jobdesk-server)
endif()

set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGE_NAME "jobdesk")
set(CPACK_PACKAGE_VENDOR "Jobdesk")
set(CPACK_PACKAGE_CONTACT "Jobdesk team <packages@jobdesk.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Jobdesk")
set(CPACK_RESOURCE_FILE_LICENSE "${_pkg}/debian/copyright")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS;WIX")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB;RPM;TGZ")
    endif()
endif()

set(CPACK_COMPONENTS_ALL client server)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Jobdesk desktop app")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "The worker's desk and the operations console: job offers, time tracking, uploads, dispatch.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Jobdesk server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The REST and WebSocket server the desktop app talks to (SQLite or PostgreSQL).")

# Debian: one package per component, dependencies from the binaries' libraries.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "jobdesk")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "x11")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
    "Desk of a managed freelance service
 Workers take job offers with a live countdown, track their time (offline and
 crash-safe), chat about jobs and upload deliverables resumably. The operations
 team dispatches with ranked, explained candidates, reviews work, approves
 timesheets and reads analytics.")
# Qt's SQLite driver is a plugin (not seen by shlibdeps); Khmer needs a font.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, gnome-keyring | keepassxc | kwalletmanager")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "fonts-khmeros")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "jobdesk-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "Jobdesk REST and WebSocket server
 The companion server of the Jobdesk desktop app: jobs, offers and their
 dispatch cascade, time sync, resumable uploads, chat and analytics. SQLite by
 default, PostgreSQL for several instances behind a load balancer.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${_pkg}/debian/server/postinst;${_pkg}/debian/server/prerm;${_pkg}/debian/server/postrm;${_pkg}/debian/server/conffiles")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: the same split; requirements found by rpm's own dependency generator.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_CLIENT_PACKAGE_NAME "jobdesk")
set(CPACK_RPM_CLIENT_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_SERVER_PACKAGE_NAME "jobdesk-server")
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) ${CMAKE_INSTALL_FULL_SYSCONFDIR}/jobdesk/server.conf")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc /lib /lib/systemd /lib/systemd/system /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor)

# The tarball holds both components.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Windows: NSIS or WiX over a windeployqt'ed install tree (packaging/README.md).
set(CPACK_NSIS_DISPLAY_NAME "Jobdesk")
set(CPACK_NSIS_MUI_ICON "${_pkg}/windows/jobdesk.ico")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Jobdesk.lnk' '$INSTDIR\\\\bin\\\\jobdesk.exe'")
set(CPACK_WIX_UPGRADE_GUID "6F1B2A4C-3D9E-4C1B-9E55-0C7B7A3E2D11")
set(CPACK_WIX_PRODUCT_ICON "${_pkg}/windows/jobdesk.ico")
# macOS: a drag-and-drop disk image of the macdeployqt'ed bundle.
set(CPACK_DMG_VOLUME_NAME "Jobdesk")

include(CPack)
