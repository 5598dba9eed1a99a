/** The REST API and right-to-left web UI served by {@code mizan serve}. */
package org.mizan.server;
