package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The policy against the files it has to let through: the style sheets YASGUI writes into the page
 * are exactly those whose hashes the policy lists, and the explorer keeps Cytoscape.js from writing one.
 */
class ContentSecurityPolicyTest {

    @Test
    void yasguisInlineStylesAreTheOnesThePolicyAllowsByHash() throws Exception {
        String yasgui = resource("/static/vendor/yasgui/yasgui.min.js");
        // The column resizer's createStyle(head, `…`) calls with constant text, and its drag cursor default.
        Matcher constant = Pattern.compile("createStyle\\(a,`( \\.grip-resizable[^`]*)`\\)").matcher(yasgui);
        assertThat(constant.find()).as("YASGUI's table style sheet").isTrue();
        Matcher cursor = Pattern.compile("dragCursor:`([^`]*)`").matcher(yasgui);
        assertThat(cursor.find()).as("YASGUI's drag cursor default").isTrue();
        assertThat(yasgui).contains("createStyle(document.querySelector(`head`),`*{cursor:`+n.opt.dragCursor+`!important}`)");

        List<String> hashes = new ArrayList<>();
        hashes.add(hash(constant.group(1)));
        hashes.add(hash("*{cursor:" + cursor.group(1) + "!important}"));
        assertThat(hashes).containsExactly(YasguiStyles.TABLE, YasguiStyles.DRAG);
        assertThat(SecurityHeadersFilter.POLICY).contains("style-src 'self' " + YasguiStyles.TABLE + " " + YasguiStyles.DRAG + ";");
    }

    @Test
    void cytoscapeFindsItsStyleSheetAlreadyThere() throws IOException {
        String cytoscape = resource("/static/vendor/cytoscape/cytoscape.min.js");
        assertThat(cytoscape).contains("o=\"__________cytoscape_stylesheet\"", "null!=a.getElementById(o)");
        assertThat(resource("/static/index.html")).contains("id=\"__________cytoscape_stylesheet\"");
        assertThat(resource("/static/explorer/app.css")).contains(".__________cytoscape_container { position: relative; }");
    }

    private static String hash(String style) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ContentSecurityPolicyTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " (built by the frontend step)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
