package org.partnercities.kg.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.partnercities.kg.BrowserTestSupport;

/**
 * The analyst's journey through the explorer in headless Chromium: search, entity, graph, paths,
 * SPARQL, timeline, map. Offline: the base class fails the test on any request outside the
 * server and on any JavaScript error. Screenshots go to target/screenshots/.
 */
class ExplorerBrowserTest extends BrowserTestSupport {

    private static final String SITNOVA = "person/sitnova-elena-vladimirovna";

    @Test
    void searchOpensThePersonAndHerGraphShowsHerSchoolWhichExpands() {
        browser.get(url("/"));
        WebElement search = waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Ситнова");
        WebElement suggestion = waitUpTo(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=suggestion][data-id='" + SITNOVA + "']")));
        screenshot("explorer-search");
        search.sendKeys(Keys.ARROW_DOWN);
        suggestion.click();
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("entity-title"), "Ситнова Елена Владимировна"));
        assertThat(browser.getCurrentUrl()).contains("person/sitnova-elena-vladimirovna");
        screenshot("explorer-entity");

        browser.get(url("/?view=graph&id=" + SITNOVA));
        waitUpTo(15).until(d -> nodeIds().contains("school/ivanovo-56"));
        int before = nodeIds().size();
        clickNode("school/ivanovo-56");
        waitUpTo(15).until(d -> nodeIds().contains("school/moscow-1286"));
        assertThat(nodeIds().size()).isGreaterThan(before);
        screenshot("explorer-graph");
    }

    @Test
    void keyboardOnlySearchOpensACityAndALargeNeighbourhoodIsCappedWithAMessage() {
        browser.get(url("/"));
        WebElement search = waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Магнитогорск");
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=suggestion][data-id='city/magnitogorsk']")));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("entity-title"), "Магнитогорск"));

        browser.get(url("/?view=graph&id=city/moscow&limit=10"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("graph-message"), "не все"));
        assertThat(nodeIds()).hasSize(10);
    }

    @Test
    void pathFromSitnovaToMoscowSchool1286IsDrawnAndListed() {
        browser.get(url("/?view=paths&from=" + SITNOVA + "&to=school/moscow-1286"));
        List<WebElement> steps = waitUpTo(15).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#paths [data-testid=path-step]"), 1));
        assertThat(steps.get(0).getText()).contains("Ситнова").contains("Школа № 56");
        assertThat(steps.get(1).getText()).contains("Школа № 56").contains("Школа № 1286");
        screenshot("explorer-paths");
    }

    @Test
    void exampleSparqlQueryShowsAKnownValueInTheTable() {
        browser.get(url("/?view=sparql"));
        WebElement example = waitUpTo(15).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@data-testid='example-query'][contains(., 'CQ1')]")));
        example.click();
        waitUpTo(15).until(d -> !d.findElements(By.cssSelector("#yasgui .yasr table")).isEmpty()
                || !d.findElements(By.cssSelector("#yasgui .yasqe_queryButton")).isEmpty());
        if (browser.findElements(By.cssSelector("#yasgui .yasr table td")).isEmpty())
            browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#yasgui .yasr"), "Гимназия № 53"));
        assertThat(browser.getCurrentUrl()).contains("query=");
        screenshot("explorer-sparql");
    }

    @Test
    void timelineListsTheDecemberSeminarAndTheMapShowsTheCities() {
        browser.get(url("/?view=timeline&city=ivanovo"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "20 декабря 2019"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("ноябрь 2019");
        screenshot("explorer-timeline");

        browser.get(url("/?view=map"));
        waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=city-marker][data-city='city/ivanovo']")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=city-marker][data-city='city/magnitogorsk']"))).isNotEmpty();
        screenshot("explorer-map");
    }

    @Test
    void narrowScreenKeepsTheSearchUsable() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/"));
        WebElement search = waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("search")));
        assertThat(search.getSize().getWidth()).isLessThanOrEqualTo(390);
        search.sendKeys("Магнитогорск");
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=suggestion][data-id='city/magnitogorsk']")));
        screenshot("explorer-narrow");
    }

    @SuppressWarnings("unchecked")
    private List<String> nodeIds() {
        Object ids = ((JavascriptExecutor) browser).executeScript(
                "return window.explorer && window.explorer.cy ? window.explorer.cy.nodes().map(n => n.id()) : [];");
        return (List<String>) ids;
    }

    /** Clicks a node on the canvas where Cytoscape drew it. */
    private void clickNode(String id) {
        @SuppressWarnings("unchecked")
        List<Number> position = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const n = window.explorer.cy.getElementById(arguments[0]); const p = n.renderedPosition();"
                        + "const r = window.explorer.cy.container().getBoundingClientRect(); return [p.x, p.y, r.width, r.height];", id);
        WebElement container = browser.findElement(By.id("graph"));
        int x = (int) Math.round(position.get(0).doubleValue() - position.get(2).doubleValue() / 2);
        int y = (int) Math.round(position.get(1).doubleValue() - position.get(3).doubleValue() / 2);
        new Actions(browser).moveToElement(container, x, y).click().perform();
    }
}
